/** @jest-environment jsdom */
/**
 * The Consolidate section while a run lasts: a determinate bar over the whole run, labelled with
 * what it is doing — merging the agencies' rows, checking the merged tables, writing sheet K of N —
 * and how far (file, step, rows written), painted between the pieces of the work. The real
 * consolidator over the simulated host; only its writing is held at the gate, so the test can look
 * at the pane between checking and writing.
 */
import './setup';
import { webcrypto } from 'node:crypto';
import { TextEncoder } from 'node:util';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { workbookFromRows, type SheetSpec } from '../../src/devhost';
import { createWorkbookConsolidator } from '../../src/excel/consolidate/consolidator';
import type { WorkbookConsolidator } from '../../src/excel/consolidate/types';
import { CONSOLIDATE_TEXT } from '../../src/taskpane/components/Consolidate/consolidate-text';
import { agencyProjects } from '../consolidate/agency-files';
import { simulated } from '../excel/helpers';
import { FakeChecker } from './fake-checker';
import { renderPane } from './render-pane';

// What jsdom lacks and a browser has: the digest of the sheets read as a source.
Object.assign(globalThis, { TextEncoder });
Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
jest.setTimeout(120_000);

const text = CONSOLIDATE_TEXT.en;
const AGENCIES = 3;
const PROJECTS = 40;
const REPORTS_PER_PROJECT = 6;

/** Each agency's projects and reports as two sheets of the open workbook, Thai headers. */
function agencySheets(): SheetSpec[] {
  return Array.from({ length: AGENCIES }, (_, agency) => {
    const projects = agencyProjects(agency, PROJECTS, REPORTS_PER_PROJECT, 'flat-table');
    return [
      {
        name: `โครงการ ${agency + 1}`,
        rows: [
          ['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'หน่วยงานที่รับผิดชอบ', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'งบประมาณที่ได้รับ (บาท)'],
          ...projects.map((p) => [p.code, p.name, p.fiscalYear, p.agency, String(p.start), String(p.end), Number(p.budget)]),
        ],
      },
      {
        name: `รายงาน ${agency + 1}`,
        rows: [
          ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม (บาท)'],
          ...projects.flatMap((p) => p.reports.map((r) => [p.code, r.reportNo, String(r.date), Number(r.progress), Number(r.disbursedToDate)])),
        ],
      },
    ];
  }).flat();
}

/** The real consolidator, its writing held until `release()`. */
function heldConsolidator(real: WorkbookConsolidator): { consolidator: WorkbookConsolidator; release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  return { consolidator: { ...real, write: async (result, options) => { await gate; return real.write(result, options); } }, release };
}

/** What the progress field shows: its label, its hint and the bar's value. */
interface Shown { label: string; hint: string; value: number }

/** Records every state of the progress field the pane commits, in order. */
function watchProgress(): { shown: Shown[]; stop: () => void } {
  const shown: Shown[] = [];
  const look = () => {
    const bar = document.querySelector('[role="progressbar"]');
    const field = bar?.closest('.fui-Field');
    if (!bar || !field) return;
    const now = {
      label: field.querySelector('.fui-Field__label')?.textContent ?? '',
      hint: field.querySelector('.fui-Field__hint')?.textContent ?? '',
      value: Number(bar.getAttribute('aria-valuenow') ?? NaN),
    };
    const last = shown.at(-1);
    if (!last || last.label !== now.label || last.hint !== now.hint || !Object.is(last.value, now.value)) shown.push(now);
  };
  const observer = new MutationObserver(look);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  return { shown, stop: () => observer.disconnect() };
}

async function addSheetsOf(agency: number): Promise<void> {
  for (const sheet of [`โครงการ ${agency}`, `รายงาน ${agency}`]) {
    fireEvent.click(await screen.findByRole('checkbox', { name: new RegExp(`^${sheet} \\(`) }));
  }
  fireEvent.click(screen.getByRole('button', { name: text.addSheets }));
  await screen.findByRole('heading', { name: `${agency} ${agency === 1 ? 'source' : 'sources'}` });
}

describe('the Consolidate section while a run lasts', () => {
  it('shows the stage and its counts over a determinate bar: merging, checking, writing sheet by sheet', async () => {
    const model = workbookFromRows(agencySheets());
    const { consolidator, release } = heldConsolidator(createWorkbookConsolidator(simulated(model)));
    const checker = new FakeChecker();
    Object.assign(checker, { consolidation: consolidator });
    await renderPane(checker);
    fireEvent.click(screen.getByRole('button', { name: 'Open consolidation' }));
    // The section's code loads on demand: compiled on first use under jest, which takes a while.
    await screen.findByRole('checkbox', { name: /^โครงการ 1 \(/ }, { timeout: 60_000 });
    for (let agency = 1; agency <= AGENCIES; agency++) await addSheetsOf(agency);

    const watch = watchProgress();
    fireEvent.click(screen.getByRole('button', { name: text.run }));
    // Merged and checked, held before the writing: the last checking step fills its part of the bar.
    const bar = await screen.findByRole('progressbar');
    await waitFor(() => expect(screen.getByText(text.checking)).toBeTruthy());
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('0.45'));
    const field = bar.closest('.fui-Field') as HTMLElement;
    expect(within(field).getByText(/^Step (\d+) of \1$/)).toBeTruthy();
    expect(screen.getByRole('button', { name: text.run }).getAttribute('aria-disabled')).toBe('true');

    // Released outside act(): act would batch the writing's updates into one, where the pane paints each.
    release();
    await screen.findByText(text.doneTitle, undefined, { timeout: 60_000 });
    watch.stop();
    expect(screen.queryByRole('progressbar')).toBeNull();

    // Until the earlier consolidation is looked for, the bar runs without a value under the run's name.
    const [first, ...steps] = watch.shown;
    expect(first).toEqual({ label: text.running, hint: '', value: NaN });
    // The merging's start is painted at once, before any file is merged.
    expect(steps[0]).toEqual({ label: text.merging, hint: 'File 0 of 3', value: 0 });
    const stage = ({ label }: Shown) => (label === text.merging ? 'merging' : label === text.checking ? 'checking' : /^Writing sheet/.test(label) ? 'writing' : label);
    expect(steps.map(stage).filter((name, index, all) => index === 0 || all[index - 1] !== name)).toEqual(['merging', 'checking', 'writing']);
    const writing = steps.filter((state) => /^Writing sheet/.test(state.label));
    expect(writing.at(-1)!.label).toMatch(/^Writing sheet 4 of 4: Summary…$/);
    expect(writing.at(-1)!.hint).toMatch(/^[\d,]+ of [\d,]+ rows written$/);
    // The bar only moves forward.
    const values = steps.map((state) => state.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });
});
