import ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../core/model';
import { defineThaiBuiltinFormats, readSourceTables, type SourceTable } from './excel-package';
import { PackageReader } from './package-reader';
import { WorkbookReadError, causeText } from './read-error';

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  /** The source's Excel tables by name, as the file has them (see readSourceTables). */
  tables: Map<string, SourceTable>;
}

/**
 * Loads an .xlsx package into ExcelJS, for reading or for copying. Thai
 * built-in number formats are defined first so their cells keep their format,
 * and data validations are skipped (slow in ExcelJS; the copy restores them
 * from the source), as are the worksheet elements named in `skippedElements`
 * (e.g. `hyperlinks`, read from the package instead). The caller's bytes are never changed.
 * ExcelJS holds every part whole, so the package is first unpacked once, counting, and refused
 * (ReadLimitError) past `limits` — a decompression bomb never reaches it.
 */
export async function loadWorkbook(
  zip: JSZip, data: Uint8Array, fileName: string, skippedElements: readonly string[] = [], limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<LoadedWorkbook> {
  await new PackageReader(zip, fileName, limits).checkSizes();
  const tables = await readSourceTables(zip);
  const bytes = (await defineThaiBuiltinFormats(zip)) ? await zip.generateAsync({ type: 'uint8array' }) : data;
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Buffer; it hands the bytes to JSZip, which takes a Uint8Array.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0], { ignoreNodes: ['dataValidations', ...skippedElements] });
  } catch (error) {
    throw new WorkbookReadError(`${fileName} is damaged and cannot be read as an .xlsx workbook (${causeText(error)})`, { cause: error });
  }
  return { workbook, tables };
}
