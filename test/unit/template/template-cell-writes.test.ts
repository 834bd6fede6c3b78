import { isoToSerial } from '../../../src/core/parse/calendar';
import type { PlaceholderValue, TemplateValues } from '../../../src/core/template/placeholder-values';
import type { PlaceholderName } from '../../../src/core/template/placeholders';
import { starterTemplate, STARTER_REPEAT_ROW } from '../../../src/core/template/starter-template';
import { templateCellWrites, templateFormulaWrites, THAI_LONG_DATE_FORMAT } from '../../../src/core/template/template-cell-writes';
import { checkTemplate } from '../../../src/core/template/template-check';
import { placeholderList } from '../../../src/core/template/workbook-templates';

/** Values of a project with `reportCount` reports: a budget, a start date, a name that looks like a formula, report numbers. */
function values(reportCount: number): TemplateValues {
  const project: Partial<Record<PlaceholderName, PlaceholderValue>> = {
    budget: { kind: 'number', number: 1_918_000, style: 'amount' },
    startDate: { kind: 'date', iso: '2019-10-01' },
    name: { kind: 'text', text: '=HYPERLINK("x")' },
    code: { kind: 'text', text: '03000000-2457' },
  };
  return {
    project: (name) => project[name] ?? { kind: 'empty' },
    report: (copy, name) => (name === 'reportNo' ? { kind: 'number', number: copy + 1, style: 'whole' } : { kind: 'empty' }),
    reportCount,
  };
}

describe('templateCellWrites', () => {
  it('types a lone placeholder: a number out of a Text cell, a date from its day with a date format, formula-like text under @', () => {
    const writes = templateCellWrites([
      { row: 0, column: 0, text: '{{budget}}', numberFormat: '@' },
      { row: 0, column: 1, text: '{{startDate}}', numberFormat: 'General' },
      { row: 0, column: 2, text: '{{startDate}}', numberFormat: 'd/m/yyyy' },
      { row: 0, column: 3, text: '{{name}}', numberFormat: 'General' },
      { row: 0, column: 4, text: 'รหัส {{code}}', numberFormat: 'General' },
    ], undefined, values(0));
    expect(writes).toEqual([
      { row: 0, column: 0, numberFormat: 'General', value: 1_918_000 },
      { row: 0, column: 1, numberFormat: THAI_LONG_DATE_FORMAT, value: isoToSerial('2019-10-01') },
      { row: 0, column: 2, value: isoToSerial('2019-10-01') },
      { row: 0, column: 3, numberFormat: '@', value: '=HYPERLINK("x")' },
      { row: 0, column: 4, value: 'รหัส 03000000-2457' },
    ]);
  });

  it('writes the repeat row once per report and moves the rows below', () => {
    const cells = [{ row: 4, column: 0, text: '{{#reports}}{{reportNo}}', numberFormat: '' }, { row: 6, column: 1, text: '{{budget}}', numberFormat: '' }];
    expect(templateCellWrites(cells, 4, values(3)).map((write) => [write.row, write.column, write.value])).toEqual([[4, 0, 1], [5, 0, 2], [6, 0, 3], [8, 1, 1_918_000]]);
    expect(templateCellWrites(cells, 4, values(0)).map((write) => [write.row, write.column])).toEqual([[5, 1]]);
  });
});

describe('templateFormulaWrites', () => {
  it('makes a total over the repeat row cover every copy; none for one report, when the rows stay', () => {
    const formulas = [{ row: 5, column: 3, formula: '=SUM(D5:D5)' }, { row: 4, column: 4, formula: '=D5*2' }];
    expect(templateFormulaWrites(formulas, 4, 40, { own: 'T', renamed: 'T 1' })).toEqual([{ row: 44, column: 3, formula: '=SUM(D5:D44)' }]);
    expect(templateFormulaWrites(formulas, 4, 1, { own: 'T', renamed: 'T 1' })).toEqual([]);
  });
});

describe('the starter template and the placeholder list', () => {
  it('is a template without mistakes, its repeat row where it says', () => {
    for (const language of ['th', 'en'] as const) {
      const starter = starterTemplate(language);
      const check = checkTemplate(starter.name, starter.cells.map((cell) => ({ row: cell.row, column: cell.column, text: cell.content })));
      expect(check.problems).toEqual([]);
      expect(check.repeatRow).toBe(STARTER_REPEAT_ROW);
    }
  });

  it('lists every placeholder and the repeat marker in both languages', () => {
    expect(placeholderList('th')).toHaveLength(placeholderList('en').length);
    expect(placeholderList('th').at(-1)?.token).toBe('{{#reports}}');
    expect(placeholderList('en').find((item) => item.token === '{{budget}}')?.explanation).toBe('Budget received (baht)');
  });
});
