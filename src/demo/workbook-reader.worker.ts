/**
 * The demo's workbook reader as a Web Worker (a webpack entry of its own, `workbook-reader`): each
 * request from the page (workbook-opening.ts) is read here, off the page's thread, and answered
 * with the messages of workbook-reading.ts. ExcelJS's browser build runs here as it is: it looks
 * for `window` and `document` only behind checks that they exist.
 */
import { serveReader, type ReaderScope } from './workbook-reading';

serveReader(self as unknown as ReaderScope);
