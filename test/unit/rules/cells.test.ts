import { cellFinding, columnFinding, everyCell, everyColumn, fieldsOfKind } from '../../../src/core/rules/cells';
import { makeTable } from '../../helpers/context';
import { contextOfSheets, projectsSheet, reportsSheet } from '../../helpers/sheets';

describe('the cell walk shared by the cell rules', () => {
  const ctx = contextOfSheets([
    projectsSheet([['03000000-2457', 'ถนน', 2563, '1/10/2562', '30/9/2563', 1000]]),
    reportsSheet([
      ['03000000-2457', 1, '31/10/2562', 10, 0],
      [null, null, null, null, null],
      ['03000000-2457', 2, '30/11/2562', 20, 100],
    ]),
  ]);

  it('visits every mapped cell of every non-blank row, tables then rows then columns in order', () => {
    const addresses = everyCell(ctx.tables).map(({ table, cell }) => `${table.sheet}!${cell.address}`);
    expect(addresses).toEqual([
      'Projects!A2', 'Projects!B2', 'Projects!C2', 'Projects!D2', 'Projects!E2', 'Projects!F2',
      'Reports!A2', 'Reports!B2', 'Reports!C2', 'Reports!D2', 'Reports!E2',
      'Reports!A4', 'Reports!B4', 'Reports!C4', 'Reports!D4', 'Reports!E4',
    ]);
  });

  it('skips a blank row even when its cells were mapped', () => {
    const table = makeTable('Reports', 'reports', ['code', 'progress'], [{ code: 'A', progress: 10 }, {}]);
    expect(table.rows[1].blank).toBe(true);
    expect(everyCell([table]).map(({ cell }) => cell.address)).toEqual(['A2', 'B2']);
  });

  it('groups the same cells into columns per table and field', () => {
    const progress = everyColumn(ctx.tables).find((c) => c.table.sheet === 'Reports' && c.field === 'progress')!;
    expect(progress.cells.map(({ cell }) => cell.address)).toEqual(['D2', 'D4']);
    expect(everyColumn(ctx.tables)).toHaveLength(11);
  });

  it('labels a cell finding with its row and a column finding with none', () => {
    const cells = everyCell(ctx.tables);
    const progress = cells.find(({ table, cell }) => table.sheet === 'Reports' && cell.address === 'D4')!;
    expect(cellFinding(progress, {}, 20)).toEqual({
      sheet: 'Reports', cells: ['D4'], project: '03000000-2457', report: 2, field: 'progress', value: 20, params: {}, replacement: 20,
    });
    const column = everyColumn(ctx.tables).find((c) => c.field === 'progress')!;
    expect(columnFinding(column, column.cells, {})).toEqual({ sheet: 'Reports', cells: ['D2', 'D4'], field: 'progress', value: 10, params: {} });
  });

  it('names the fields of a kind', () => {
    expect(fieldsOfKind('date')).toEqual(['startDate', 'endDate', 'reportDate']);
  });
});
