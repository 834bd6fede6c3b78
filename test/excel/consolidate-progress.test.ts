/// <reference types="office-js" />
/**
 * The pane's consolidation of ten agencies' files of 200 projects and 2,000 reports each (the
 * issue's "shows progress on 10 such files"), through the simulated host: merged and checked a
 * piece at a time, written in syncs, the page's thread given back between pieces, and every stage
 * told in order. How long the longest piece holds the thread is measured by the benchmark
 * (`npm run bench:consolidate-pane`), not asserted here.
 */
import type { Consolidation } from '../../src/core/consolidate/consolidate';
import { FIELD_HEADER, SOURCE_HEADERS } from '../../src/core/consolidate/output-grids';
import { conflictsSheet, summarySheet } from '../../src/core/consolidate/report-sheets';
import { DEFAULT_CONFIG, type CellValue, type Grid } from '../../src/core/model';
import { workbookFromRows } from '../../src/devhost';
import { createWorkbookConsolidator } from '../../src/excel/consolidate/consolidator';
import type { ConsolidationRunStep, WrittenConsolidation } from '../../src/excel/consolidate/types';
import { consolidateSourcesInTurns, readUploadedFile } from '../../src/taskpane/session/consolidation-reading';
import type { ConsolidationSource } from '../../src/taskpane/session/consolidation-sources';
import { AGENCY_LAYOUTS, agencyFile, agencyProjects } from '../consolidate/agency-files';
import { simulated } from './helpers';

jest.setTimeout(120_000);

const FILES = 10;
const PROJECTS = 200;
const REPORTS_PER_PROJECT = 10;

/** What happened, in order: each step's stage, and the timers the test set when they ran. */
type Event = ConsolidationRunStep['stage'] | 'timer set at the start' | 'timer set as the writing began';

let sources: ConsolidationSource[];
let result: Consolidation;
let written: WrittenConsolidation;
const steps: ConsolidationRunStep[] = [];
const events: Event[] = [];
let grids: Grid[];

beforeAll(async () => {
  // Every layout an agency sends, in turn: normalized sheets, a flat table, three CSV encodings, form sheets, printouts.
  sources = [];
  for (let agency = 0; agency < FILES; agency++) {
    const layout = AGENCY_LAYOUTS[agency % AGENCY_LAYOUTS.length];
    const file = await agencyFile(layout, agency, agencyProjects(agency, PROJECTS, REPORTS_PER_PROJECT, layout));
    sources.push(await readUploadedFile(`source-${agency + 1}`, file.name, file.bytes, DEFAULT_CONFIG));
  }

  const host = simulated(workbookFromRows([{ name: 'Notes', rows: [['my own notes']] }]));
  const consolidator = createWorkbookConsolidator(host);
  const tell = (step: ConsolidationRunStep) => {
    steps.push(step);
    events.push(step.stage);
  };
  // Set before the work begins: it runs only if the work gives the thread back.
  setTimeout(() => events.push('timer set at the start'), 0);
  const consolidation = await consolidateSourcesInTurns(sources, { config: DEFAULT_CONFIG, language: 'en', ranAt: '2020-03-18T09:30:00.000Z' }, tell);
  if (!consolidation) throw new Error('nothing consolidated');
  result = consolidation;
  let writingBegan = false;
  written = await consolidator.write(result, {
    language: 'en',
    replace: true,
    onProgress: (step) => {
      tell(step);
      if (writingBegan) return;
      writingBegan = true;
      setTimeout(() => events.push('timer set as the writing began'), 0);
    },
  });
  grids = await consolidator.readSheets([written.sheets.projects!, written.sheets.reports!]);
});

/** The stages in the order they came, each once. */
function stagesInOrder(): string[] {
  return steps.map((step) => step.stage).filter((stage, index, all) => index === 0 || all[index - 1] !== stage);
}

describe('consolidating ten agencies’ files of 200 projects and 2,000 reports each in the pane', () => {
  it('tells every stage in order: merging file by file, checking step by step, writing sheet by sheet, then done', () => {
    expect(stagesInOrder()).toEqual(['merging', 'checking', 'writing', 'done']);

    const merging = steps.flatMap((step) => (step.stage === 'merging' ? [step] : []));
    expect(merging.map((step) => step.done)).toEqual(Array.from({ length: FILES + 1 }, (_, done) => done));
    expect(new Set(merging.map((step) => step.total))).toEqual(new Set([FILES]));

    const checking = steps.flatMap((step) => (step.stage === 'checking' ? [step] : []));
    const [checks] = new Set(checking.map((step) => step.total));
    expect(new Set(checking.map((step) => step.total)).size).toBe(1);
    // Every step once, in order, the last one the whole.
    expect(checking.map((step) => step.done)).toEqual(Array.from({ length: checks }, (_, index) => index + 1));
    expect(checks).toBeGreaterThan(10);

    const writing = steps.flatMap((step) => (step.stage === 'writing' ? [step] : []));
    const sheetNames = [written.sheets.projects, written.sheets.reports, written.sheets.conflicts, written.sheets.summary];
    expect(writing.map((step) => step.name).filter((name, index, all) => index === 0 || all[index - 1] !== name)).toEqual(sheetNames);
    expect(writing.map((step) => step.sheet).filter((sheet, index, all) => index === 0 || all[index - 1] !== sheet)).toEqual([1, 2, 3, 4]);
    expect(new Set(writing.map((step) => step.sheets))).toEqual(new Set([4]));
    // The rows of all four sheets: Projects and Reports with their headers, the Conflicts and the Summary.
    const totalRows = (1 + FILES * PROJECTS) + (1 + FILES * PROJECTS * REPORTS_PER_PROJECT)
      + conflictsSheet(result.conflicts, 'en').rows.length + summarySheet(result.summary, 'en').rows.length;
    expect(new Set(writing.map((step) => step.totalRows))).toEqual(new Set([totalRows]));
    const rows = writing.map((step) => step.rows);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    // Told while the Reports sheet was being written, not only between sheets.
    expect(writing.filter((step) => step.name === written.sheets.reports && step.rows > 1 + FILES * PROJECTS).length).toBeGreaterThan(0);

    expect(steps.at(-1)).toEqual({ stage: 'done', sheets: 4, rows: totalRows });
  });

  it('gives the page’s thread back while merging and checking, and while writing', () => {
    // A timer set at the start ran before the merged tables were being written: the pure steps let it in.
    expect(events.indexOf('timer set at the start')).toBeGreaterThan(-1);
    expect(events.indexOf('timer set at the start')).toBeLessThan(events.indexOf('writing'));
    // One set as the writing began ran before it was done.
    expect(events.indexOf('timer set as the writing began')).toBeGreaterThan(events.indexOf('writing'));
    expect(events.indexOf('timer set as the writing began')).toBeLessThan(events.indexOf('done'));
  });

  it('writes 2,000 projects and 20,000 reports, each row traced to the source row it came from', () => {
    const [projects, reports] = grids;
    const byPlace = new Map<string, Record<string, CellValue | undefined>>();
    for (const source of sources) {
      for (const sheet of source.sheets) {
        for (const row of [...sheet.reading.records.projects, ...sheet.reading.records.reports]) {
          const place = `${row.source.file}|${row.source.sheet ?? ''}|${row.source.row}`;
          byPlace.set(place, { ...byPlace.get(place), ...row.values });
        }
      }
    }

    for (const [grid, expected, fields] of [
      [projects, FILES * PROJECTS, ['code', 'name']],
      [reports, FILES * PROJECTS * REPORTS_PER_PROJECT, ['code', 'reportNo']],
    ] as const) {
      const [header, ...rows] = grid.values;
      expect(rows).toHaveLength(expected);
      const column = (name: string) => header.indexOf(name);
      const { file, sheet, row } = SOURCE_HEADERS.en;
      const places = rows.map((values) => `${values[column(file)]}|${values[column(sheet)] ?? ''}|${values[column(row)]}`);
      // Every row from a row of its own, the same number from each file.
      expect(new Set(places).size).toBe(expected);
      const perFile = new Map<CellValue, number>();
      for (const values of rows) perFile.set(values[column(file)], (perFile.get(values[column(file)]) ?? 0) + 1);
      expect([...perFile.values()]).toEqual(Array(FILES).fill(expected / FILES));
      // Each row holds what its source row holds: its project code, and its name or report number.
      const mismatched = rows.filter((values, index) => {
        const source = byPlace.get(places[index]);
        return !source || fields.some((field) => String(values[column(FIELD_HEADER[field])]) !== String(source[field]));
      });
      expect(mismatched).toEqual([]);
    }
  });
});
