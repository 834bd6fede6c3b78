/**
 * Validation as the task pane runs it: the page's thread given back while the workbook is read
 * and checked (src/excel/page-turns.ts), and a cancel heeded at those turns, before anything is
 * written (docs/decisions.md).
 */
import type { CellValue } from '../../src/core/model';
import { snapshotCells, workbookFromRows, type SimulatedExcelHost, type WorkbookModel } from '../../src/devhost';
import { createExcelChecker, type ProgressStep } from '../../src/excel';
import { sampleModel, simulated, syncsDuring } from './helpers';

/** Every sheet as it stands: name, visibility, and every cell with its value, format, fill and note (the state sheet included). */
function workbookState(host: SimulatedExcelHost) {
  return {
    sheets: host.model.sheets.map((sheet) => ({ name: sheet.name, visibility: sheet.visibility })),
    cells: snapshotCells(host.model),
  };
}

/** Runs a validation that is cancelled at the first progress step `at` picks; returns what it rejected with. */
async function cancelledAt(host: SimulatedExcelHost, at: (step: ProgressStep) => boolean): Promise<{ reason: unknown; rejection: unknown; steps: ProgressStep[] }> {
  const controller = new AbortController();
  const steps: ProgressStep[] = [];
  const rejection = await createExcelChecker(host).validate({
    lang: 'th',
    signal: controller.signal,
    onProgress: (step) => {
      steps.push(step);
      if (at(step)) controller.abort();
    },
  }).then(() => 'finished', (caught: unknown) => caught);
  return { reason: controller.signal.reason, rejection, steps };
}

const DATE = 'd/m/yyyy';

/** `count` projects with ten reports each: the size the pane must stay usable at (20,000 reports for 2,000). */
function largeWorkbook(count: number): WorkbookModel {
  const projects: CellValue[][] = [['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'งบประมาณที่ได้รับ', 'หน่วยงานที่รับผิดชอบ']];
  const projectFormats: string[][] = [[]];
  const reports: CellValue[][] = [['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ขั้นตอนการดำเนินงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม', 'เป็นไปตามแผน', 'เป็นไปตามเป้าหมาย']];
  const reportFormats: string[][] = [[]];
  for (let index = 0; index < count; index++) {
    const code = `${String(3_000_000 + index).padStart(8, '0')}-${String(index % 10_000).padStart(4, '0')}`;
    projects.push([code, `โครงการปรับปรุงถนน แห่งที่ ${index + 1}`, 2563, 43739, 44104, 1_918_000, 'สำนักการโยธา']);
    projectFormats.push(['@', 'General', 'General', DATE, DATE, '#,##0', 'General']);
    for (let report = 1; report <= 10; report++) {
      reports.push([code, report, 43739 + report * 30, `อยู่ระหว่างดำเนินการ ครั้งที่ ${report}`, report * 10, report * 100_000, 'เป็นไปตามแผน', 'เป็นไปตามเป้าหมาย']);
      reportFormats.push(['@', 'General', DATE, 'General', 'General', '#,##0', 'General', 'General']);
    }
  }
  return workbookFromRows([
    { name: 'โครงการ', rows: projects, numberFormats: projectFormats },
    { name: 'รายงาน', rows: reports, numberFormats: reportFormats },
  ]);
}

describe('validating in turns of the page, and cancelling', () => {
  it.each([
    ['while reading the cells', (step: ProgressStep) => step.stage === 'read'],
    ['when checking begins', (step: ProgressStep) => step.stage === 'validate' && step.done === 0],
    ['halfway through checking', (step: ProgressStep) => step.stage === 'validate' && step.done === Math.floor(step.total / 2)],
    ['after the last check, before marking', (step: ProgressStep) => step.stage === 'validate' && step.done === step.total],
  ])('a cancel %s stops the run and leaves every cell, note and sheet — the state sheet too — as it was', async (_when, at) => {
    const host = simulated(await sampleModel());
    // Marked once already: the state sheet, the old marks and the Issues sheet must all stay as they are.
    await createExcelChecker(host).validate({ lang: 'en' });
    const before = workbookState(host);
    const writesBefore = host.stats.syncs.length;

    const { reason, rejection, steps } = await cancelledAt(host, at);

    expect(rejection).toBe(reason);
    expect((reason as Error).name).toBe('AbortError');
    expect(steps.some((step) => step.stage === 'mark')).toBe(false);
    expect(workbookState(host)).toEqual(before);
    // Only reads were sent: no sync carried a write.
    expect(host.stats.syncs.slice(writesBefore).every((sync) => sync.responseBytes > 0)).toBe(true);

    // The checker is free again: the next run marks as usual.
    const summary = await createExcelChecker(host).validate({ lang: 'en' });
    expect(summary.counts).toEqual({ error: 5, warning: 4, info: 2 });
  });

  it('a cancel on a workbook never validated leaves it without a state sheet or an Issues sheet', async () => {
    const model = await sampleModel();
    const host = simulated(model);
    const before = workbookState(host);
    const { rejection, reason } = await cancelledAt(host, (step) => step.stage === 'validate');
    expect(rejection).toBe(reason);
    expect(workbookState(host)).toEqual(before);
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(['โครงการ', 'รายงานความก้าวหน้า']);
  });

  it('a signal aborted before the run starts reads nothing', async () => {
    const host = simulated(await sampleModel());
    const controller = new AbortController();
    controller.abort();
    const { result, syncs } = await syncsDuring(host, () => createExcelChecker(host).validate({ lang: 'en', signal: controller.signal }).then(() => 'finished', (caught: unknown) => caught));
    expect(result).toBe(controller.signal.reason);
    expect(syncs).toBe(0);
  });

  it('a cancel once marking has begun is not heeded: the run marks to its end', async () => {
    const host = simulated(await sampleModel());
    const { rejection } = await cancelledAt(host, (step) => step.stage === 'mark');
    expect(rejection).toBe('finished');
    expect(host.model.sheets.map((sheet) => sheet.name)).toContain('Issues');
  });

  it('gives the page a turn as marking is announced, before marking reads or writes anything', async () => {
    const host = simulated(await sampleModel());
    let announcedAt = -1;
    let timerAt = -1;
    await createExcelChecker(host).validate({
      lang: 'en',
      onProgress: (step) => {
        if (step.stage !== 'mark' || step.total !== 0) return;
        announcedAt = host.stats.syncCount;
        setTimeout(() => (timerAt = host.stats.syncCount), 0);
      },
    });
    // The indeterminate bar can be painted before marking's planning and first sync.
    expect(announcedAt).toBeGreaterThan(0);
    expect(timerAt).toBe(announcedAt);
  });

  it('gives the page its thread while checking 20,000 reports: a timer set when checking begins runs before it ends', async () => {
    const host = simulated(largeWorkbook(2_000));
    const events: string[] = [];
    const summary = await createExcelChecker(host).validate({
      lang: 'th',
      onProgress: (step) => {
        if (step.stage !== 'validate') return;
        if (step.done === 0) setTimeout(() => events.push('timer'), 0);
        if (step.done === step.total) events.push('checked');
      },
    });
    expect(summary.tables.map((table) => table.rows)).toEqual([2_000, 20_000]);
    expect(events).toEqual(['timer', 'checked']);
  });
});
