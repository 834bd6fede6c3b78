import { overviewPoints } from '../../src/core/output/overview-points';
import { validateWorkbook } from '../../src/core/validate';
import { createExcelChecker, waiverValue } from '../../src/excel';
import { readWorkbook } from '../../src/xlsx/read';
import { buildSampleWorkbook } from '../../src/xlsx/sample';
import { sampleModel, simulated, syncsDuring } from './helpers';

describe('the checker\'s overview of the projects', () => {
  it('comes with the validation, from what it read: the core\'s points, no sync more than validating takes', async () => {
    const host = simulated(await sampleModel());
    const checker = createExcelChecker(host);
    const { result: summary, syncs } = await syncsDuring(host, () => checker.validate({ lang: 'en' }));
    const expected = validateWorkbook(await readWorkbook(await buildSampleWorkbook(), 'sample.xlsx'));
    expect(summary.overview).toEqual(overviewPoints(expected.tables, expected.issues));
    expect(summary.overview).toHaveLength(20);
    // Look (2), read the data (1), read the cells to mark (1), write everything (1): as without the overview.
    expect(syncs).toBe(5);
  });

  it('selects a project\'s row across its table, as a click on its point asks', async () => {
    const host = simulated(await sampleModel());
    const checker = createExcelChecker(host);
    const summary = await checker.validate({ lang: 'en' });
    const point = summary.overview!.find((candidate) => candidate.code === '03000000-2451')!;
    await checker.select(point.sheet, point.range);
    expect(host.model.selection).toEqual({ sheetId: host.model.sheets[0].id, address: 'A13:I13' });
  });

  it('leaves a waived finding out of a project\'s worst', async () => {
    const host = simulated(await sampleModel());
    const checker = createExcelChecker(host);
    const first = await checker.validate({ lang: 'en' });
    const code = '03000000-2451';
    expect(first.overview!.find((point) => point.code === code)?.worst).toBe('error');
    const waivedAt = '2020-07-01T00:00:00.000Z';
    const waivers = first.issues.filter((issue) => issue.project === code).map((issue) => ({
      rule: issue.rule, sheet: issue.sheet, cell: issue.cell, value: waiverValue(issue), reason: 'checked with the agency', waivedAt,
    }));
    expect(waivers.length).toBeGreaterThan(0);
    await checker.saveSettings({ ...(await checker.loadSettings()), waivers });
    const second = await checker.validate({ lang: 'en' });
    expect(second.overview!.find((point) => point.code === code)?.worst).toBeUndefined();
  });
});
