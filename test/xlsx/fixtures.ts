import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Issue } from '../../src/core/model';

/**
 * Workbooks for the xlsx adapter's tests, built in code: ExcelJS writes them,
 * and where a test needs what Excel itself writes (and ExcelJS does not), the
 * package's XML is edited afterwards — each edit says which Excel habit it copies.
 */

/** An .xlsx written by ExcelJS after `build` fills a fresh workbook. */
export async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The package with `edit` applied to the text of part `path`. */
export async function editPart(data: Uint8Array, path: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file(path)?.async('string');
  if (xml === undefined) throw new Error(`fixture: no part ${path}`);
  zip.file(path, edit(xml));
  return zip.generateAsync({ type: 'uint8array' });
}

/** The text of one part of a package. */
export async function partText(data: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file(path)?.async('string');
  if (xml === undefined) throw new Error(`no part ${path}`);
  return xml;
}

/** Every part path of a package. */
export async function partPaths(data: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(data);
  return Object.keys(zip.files).filter((path) => !zip.files[path].dir);
}

/** A workbook as ExcelJS reads it back. */
export async function loadBack(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** A finding on the projects sheet's `cell` (spent over budget, an error, with a fix), changed by `overrides`. */
export function anIssue(overrides: Partial<Issue> & Pick<Issue, 'cell'>): Issue {
  return {
    rule: 'spent-exceeds-budget',
    severity: 'error',
    sheet: 'โครงการ',
    cells: [overrides.cell],
    message: { th: 'งบประมาณที่ใช้ไป 2,480,000 บาท มากกว่างบประมาณที่ได้รับ 2,400,000 บาท', en: 'Budget spent (2,480,000 baht) exceeds the budget received (2,400,000 baht)' },
    fix: { th: 'ตรวจสอบงบประมาณที่ใช้ไป', en: 'Check the budget spent' },
    ...overrides,
  };
}

/** A cell's solid fill colour (ARGB) as ExcelJS reads it; undefined for none. */
export function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.pattern === 'solid' ? fill.fgColor?.argb : undefined;
}

/** A cell's note as plain text ('' for none). */
export function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note;
  if (note === undefined) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');
}

/** `Date` for a calendar day at UTC midnight, as ExcelJS wants dates. */
export function utcDate(year: number, month: number, day: number, hours = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hours));
}

/**
 * The start of an Office 97–2003 (OLE2) file with one stream name in it —
 * enough for what the reader looks at: `Workbook` (.xls), `EncryptedPackage`
 * (a password-protected .xlsx), `WordDocument` (.doc).
 */
export function ole2Bytes(streamName: string): Uint8Array {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name = Array.from(streamName).flatMap((ch) => [ch.charCodeAt(0), 0]);
  return new Uint8Array([...magic, ...Array<number>(504).fill(0), ...name, ...Array<number>(64).fill(0)]);
}

/** A ZIP holding the given text parts (an .ods, a .docx…, as far as the reader looks). */
export async function zipBytes(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(parts)) zip.file(path, text);
  return zip.generateAsync({ type: 'uint8array' });
}

/** Every part's uncompressed bytes, by path. */
export async function partsOf(data: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, Uint8Array>();
  for (const path of Object.keys(zip.files).filter((p) => !zip.files[p].dir)) parts.set(path, await zip.files[path].async('uint8array'));
  return parts;
}

/** A part's bytes as text, exactly (a byte-order mark kept). */
export const text = (bytes: Uint8Array | undefined) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
