import { createSimulatedExcel, workbookFromRows, type SimulatedExcelHost } from '../../src/devhost';
import { createExcelChecker } from '../../src/excel';
import type { Checker } from '../../src/excel/types';
import { runValidateCommand, validateCommandHandler, type CommandLog } from '../../src/commands/validate-command';
import { summarize, validateWorkbook } from '../../src/core/validate';
import { readWorkbook } from '../../src/xlsx/read';
import { buildSampleWorkbook } from '../../src/xlsx/sample';
import { sampleModel } from '../excel/helpers';

function silentLog(): CommandLog & { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  return { errors, warnings, error: (...parts) => errors.push(parts.join(' ')), warn: (...parts) => warnings.push(parts.join(' ')) };
}

function activeSheetName(host: SimulatedExcelHost): string | undefined {
  return host.model.sheets.find((sheet) => sheet.id === host.model.activeSheetId)?.name;
}

describe('the ribbon Validate command', () => {
  it('validates the sample, marks the cells and shows the Issues sheet at once', async () => {
    const host = createSimulatedExcel(await sampleModel());
    const log = silentLog();
    const outcome = await runValidateCommand(createExcelChecker(host), log);
    if (outcome.kind !== 'validated') throw new Error('expected a validation');
    const expected = validateWorkbook(await readWorkbook(await buildSampleWorkbook(), 'sample.xlsx')).issues;
    expect(outcome.summary.issues.length).toBeGreaterThan(0);
    expect(outcome.summary.counts).toEqual(summarize(expected));
    expect(activeSheetName(host)).toBe('Issues');
    expect(host.model.selection.address).toBe('A1');
    const issues = host.model.sheets.find((sheet) => sheet.name === 'Issues')!;
    // One row per finding below the header.
    expect(Object.keys(issues.cells).filter((address) => /^A\d+$/.test(address)).length).toBe(outcome.summary.issues.length + 1);
    expect(log.errors).toEqual([]);
  });

  it('writes in the language chosen in the task pane, not only Office’s', async () => {
    const host = createSimulatedExcel(await sampleModel());
    const checker = createExcelChecker(host);
    await checker.saveSettings({ ...(await checker.loadSettings()), language: 'th' });
    const outcome = await runValidateCommand(checker, silentLog());
    expect(outcome.kind === 'validated' && outcome.language).toBe('th');
    const issues = host.model.sheets.find((sheet) => sheet.name === 'Issues')!;
    expect(String(issues.cells.A1.value)).toMatch(/[\u0E00-\u0E7F]/);
  });

  it('on a protected sheet reports the failure to the log, leaves the workbook unmarked and still completes', async () => {
    const model = workbookFromRows([
      {
        name: 'Projects',
        protected: true,
        rows: [
          ['code', 'name', 'fiscal year', 'start', 'end', 'budget', 'spent'],
          ['0300000-2457', 'ถนน', 2563, '1/10/2562', '30/9/2563', 1000, 2000],
        ],
      },
    ]);
    const host = createSimulatedExcel(model);
    const before = JSON.stringify(host.model.sheets[0].cells);
    const log = silentLog();
    const completed = jest.fn();
    await validateCommandHandler(() => createExcelChecker(host), log)({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(log.errors).toHaveLength(1);
    expect(log.errors[0]).toMatch(/protect/i);
    expect(JSON.stringify(host.model.sheets[0].cells)).toBe(before);
  });

  it('completes the event even when the checker cannot be made', async () => {
    const log = silentLog();
    const completed = jest.fn();
    const broken = (): Checker => {
      throw new Error('Excel is not defined');
    };
    await validateCommandHandler(broken, log)({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(log.errors[0]).toContain('Excel is not defined');
  });
});
