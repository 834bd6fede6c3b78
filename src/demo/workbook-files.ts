/**
 * The demo's file reading and writing — the sample's builder, the .xlsx reader into the simulated
 * host and the writer of the marked workbook, with ExcelJS and JSZip under them: about half the
 * page's weight. DemoSession fetches this module as a chunk of its own when the first workbook
 * is opened, and the page paints without waiting for it.
 */
export { buildSampleWorkbook } from '../xlsx/sample';
export { changedWorkbook } from '../xlsx/changed-workbook';
export { workbookModelFromXlsx } from '../xlsx/host-workbook';
