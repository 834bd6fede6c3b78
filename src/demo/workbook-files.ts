/**
 * The demo's writer of the marked workbook — the download, with ExcelJS and JSZip under it: about
 * half the page's weight. DemoSession fetches this module as a chunk of its own when a workbook is
 * first downloaded. (Opening a workbook reads it in a Web Worker: workbook-opening.ts.)
 */
export { changedWorkbook } from '../xlsx/changed-workbook';
