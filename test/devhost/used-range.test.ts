/// <reference types="office-js" />
import fc from 'fast-check';
import { parseCellKey } from '../../src/devhost/address';
import type { SimulatedExcelNamespace } from '../../src/devhost/excel';
import { isBlankCell, type CellModel } from '../../src/devhost/model';
import { cellAddress } from '../../src/core/table/address';
import { errorCodeOf, simulatedHost } from './helpers';

interface CellChange { row: number; col: number; kind: 'value' | 'fill' | 'clear contents' | 'clear all'; refused: boolean }

/** Runs one batch of changes to sheet Data; when a change is `refused`, the batch also asks for more than the host answers, so it is refused and rolled back. */
async function applyBatch(excel: SimulatedExcelNamespace, batch: readonly CellChange[]): Promise<void> {
  const refused = batch.some((step) => step.refused);
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Data');
    for (const { row, col, kind } of batch) {
      const range = sheet.getRange(cellAddress(row, col));
      if (kind === 'value') range.values = [[row * 10 + col]];
      else if (kind === 'fill') range.format.fill.color = '#FFFF00';
      else range.clear(kind === 'clear all' ? 'All' : 'Contents');
    }
    if (refused) context.workbook.worksheets.getItem('Other').getRange('A1:Z40').load('values');
    await context.sync();
  }).catch((error: unknown) => {
    if (!refused) throw error;
  });
}

/** The used range worked out afresh from the stored cells, as the simulator's remembered extent must give it. */
function expectedUsed(cells: Record<string, CellModel>, valuesOnly: boolean): string {
  const used = Object.entries(cells)
    .filter(([, cell]) => (valuesOnly ? (cell.value !== undefined && cell.value !== null) || cell.formula !== undefined : !isBlankCell(cell)))
    .map(([key]) => parseCellKey(key));
  if (used.length === 0) return valuesOnly ? 'null' : 'Data!A1';
  const top = Math.min(...used.map((cell) => cell.row));
  const left = Math.min(...used.map((cell) => cell.col));
  const bottom = Math.max(...used.map((cell) => cell.row));
  const right = Math.max(...used.map((cell) => cell.col));
  const first = cellAddress(top, left);
  const last = cellAddress(bottom, right);
  return `Data!${first === last ? first : `${first}:${last}`}`;
}

/**
 * The Office.js reference: Worksheet.getUsedRange on a blank sheet returns the
 * top-left cell ("it will *not* throw an error"); Range.getUsedRange throws
 * ItemNotFound when the range has no used cell. The *OrNullObject variants
 * return a null object instead.
 */
describe('used ranges', () => {
  test('Worksheet.getUsedRange covers every used cell, formats included unless valuesOnly', async () => {
    const host = simulatedHost([{ name: 'Data', rows: [[null, null], [null, 'x', null, 5]] }]);
    host.model.sheets[0].cells.F9 = { fill: '#FFFF00' };
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const all = sheet.getUsedRange().load('address');
      const valuesOnly = sheet.getUsedRange(true).load('address');
      await context.sync();
      expect(all.address).toBe('Data!B2:F9');
      expect(valuesOnly.address).toBe('Data!B2:D2');
    });
  });

  test('on a blank sheet Worksheet.getUsedRange is A1, and getUsedRangeOrNullObject is a null object', async () => {
    const { Excel } = simulatedHost([{ name: 'Blank' }]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blank');
      const used = sheet.getUsedRange().load('address, values');
      const orNull = sheet.getUsedRangeOrNullObject().load('address');
      await context.sync();
      expect(used.address).toBe('Blank!A1');
      expect(used.values).toEqual([['']]);
      expect(orNull.isNullObject).toBe(true);
      expect(orNull.address).toBeNull();
    });
  });

  test('Range.getUsedRange throws ItemNotFound when the range holds nothing; the OrNullObject variant does not', async () => {
    const { Excel } = simulatedHost([{ name: 'Data', rows: [['x']] }]);
    await Excel.run(async (context) => {
      const empty = context.workbook.worksheets.getItem('Data').getRange('C3:D4');
      const orNull = empty.getUsedRangeOrNullObject();
      await context.sync();
      expect(orNull.isNullObject).toBe(true);
    });
    const code = await errorCodeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('C3:D4').getUsedRange().load('address');
        await context.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
  });

  test('Range.getUsedRange narrows to the used cells inside the range', async () => {
    const { Excel } = simulatedHost([{ name: 'Data', rows: [['a', 'b', 'c'], ['d', 'e', 'f']] }]);
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Data').getRange('B1:Z100').getUsedRange().load('address');
      await context.sync();
      expect(used.address).toBe('Data!B1:C2');
    });
  });

  test('the used range follows every sync: cells written, formatted, cleared, and batches refused and rolled back', async () => {
    const change = fc.record({
      row: fc.nat(9),
      col: fc.nat(5),
      kind: fc.constantFrom<CellChange['kind'][]>('value', 'fill', 'clear contents', 'clear all'),
      refused: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(change, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), async (batches) => {
        const host = simulatedHost([{ name: 'Data', rows: [[null, 'x'], [null, null, 3]] }, { name: 'Other', rows: [['y']] }], { limits: { responseBytes: 2_000 } });
        const usedNow = () => host.Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem('Data');
          const all = sheet.getUsedRange().load('address');
          const valuesOnly = sheet.getUsedRangeOrNullObject(true).load('address');
          await context.sync();
          return [all.address, valuesOnly.isNullObject ? 'null' : valuesOnly.address];
        });
        const cells = () => host.model.sheets[0].cells;
        expect(await usedNow()).toEqual([expectedUsed(cells(), false), expectedUsed(cells(), true)]);
        for (const batch of batches) {
          await applyBatch(host.Excel, batch);
          expect(await usedNow()).toEqual([expectedUsed(cells(), false), expectedUsed(cells(), true)]);
        }
      }),
      { numRuns: 150 },
    );
  });
});
