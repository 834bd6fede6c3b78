/// <reference types="office-js" />
import { createSimulatedExcel, type SimulatedExcelOptions } from '../../src/devhost/excel';
import { workbookFromRows, type SheetSpec } from '../../src/devhost/model';

/** A simulated host over a workbook built from rows. */
export function simulatedHost(specs: SheetSpec[], options?: SimulatedExcelOptions) {
  return createSimulatedExcel(workbookFromRows(specs), options);
}

/** Resolves to the code of the error the promise rejects with (fails the test if it resolves). */
export async function errorCodeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  throw new Error('Expected the promise to reject, but it resolved');
}
