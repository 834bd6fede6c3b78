/**
 * An in-memory Checker for the task pane's tests: fixed findings, settings kept in
 * memory, every call recorded. It is a test double for the UI only; the real checker
 * (src/excel over the simulated host) is tested in test/excel.
 *
 * Quick fixes work on a map of the cells written since the workbook was opened: a cell
 * nobody wrote holds the value its findings were found on, and a finding is reported only
 * while its cell holds that value, so fixing a cell removes its finding and undoing brings it back.
 */
import type { Issue, Severity } from '../../src/core/model';
import {
  CheckerError,
  type AppliedFix, type CellContent, type Checker, type CheckerSettings, type ClearResult, type Language, type ProgressStep,
  type TableInfo, type ValidationSummary, type Waiver,
} from '../../src/excel/types';
import { shownAddress } from '../../src/taskpane/components/address';

export type CheckerCall =
  | { method: 'validate'; lang: Language }
  | { method: 'clearMarks'; undoFixes: boolean }
  | { method: 'select'; sheet: string; cell: string }
  | { method: 'loadSettings' }
  | { method: 'saveSettings'; settings: CheckerSettings }
  | { method: 'applyFix'; issue: Issue }
  | { method: 'undoFix'; id: string };

export interface FakeCheckerOptions {
  issues?: Issue[];
  tables?: TableInfo[];
  settings?: Partial<CheckerSettings>;
  displayLanguage?: Language;
  notes?: ValidationSummary['notes'];
  /** The workbook's log of applied fixes when it is opened, newest first; their cells hold what the fixes wrote. */
  fixes?: AppliedFix[];
  /** The clock for `appliedAt`. */
  now?: () => Date;
  /** Project names by code (SAMPLE_PROJECT_NAMES unless given). */
  projectNames?: Record<string, string>;
}

/** A cell as the fake writes it: numbers and everything else in the General format. */
const GENERAL = 'General';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function matches(waiver: Waiver, issue: Issue): boolean {
  const value = issue.value === undefined ? undefined : JSON.stringify(issue.value);
  return waiver.rule === issue.rule && waiver.sheet === issue.sheet && waiver.cell === issue.cell && waiver.value === value;
}

export class FakeChecker implements Checker {
  readonly calls: CheckerCall[] = [];
  /** The signal each validate was given (undefined: not cancellable), in call order. */
  readonly validateSignals: (AbortSignal | undefined)[] = [];
  settings: CheckerSettings;
  issues: Issue[];
  tables: TableInfo[];
  notes: ValidationSummary['notes'];
  projectNames: Record<string, string>;
  /** The log of applied fixes, newest first. */
  fixes: AppliedFix[];
  private readonly language: Language;
  private readonly now: () => Date;
  /** Cells written by a fix, an undo or `editCell`, by `sheet!cell`. */
  private readonly cells = new Map<string, CellContent>();
  private failures: unknown[] = [];
  private gate?: Promise<void>;
  /** Where a held validate waits: after its first read step, or once marking has begun. */
  private gateAt: 'reading' | 'marking' = 'reading';
  private marked = 0;
  private fixCount = 0;

  constructor(options: FakeCheckerOptions = {}) {
    this.issues = options.issues ?? SAMPLE_ISSUES;
    this.tables = options.tables ?? SAMPLE_TABLES;
    this.settings = { config: {}, overrides: {}, waivers: [], ...copy(options.settings ?? {}) };
    this.language = options.displayLanguage ?? 'en';
    this.notes = options.notes ?? 'written';
    this.projectNames = options.projectNames ?? SAMPLE_PROJECT_NAMES;
    this.now = options.now ?? (() => new Date());
    this.fixes = copy(options.fixes ?? []);
    for (const fix of [...this.fixes].reverse()) this.cells.set(cellKey(fix.sheet, fix.cell), fix.after);
  }

  /** The next validate (or clearMarks) throws `error`. */
  failWith(error: unknown): void {
    this.failures.push(error);
  }

  /**
   * The user types `value` into a cell, as if in Excel: the next applyFix of a finding on
   * it, or undoFix of a fix of it, fails with 'cell-changed'.
   */
  editCell(sheet: string, cell: string, value: CellContent['value']): void {
    this.cells.set(cellKey(sheet, cell), { value, numberFormat: GENERAL });
  }

  /** What the cell holds now (a cell nobody wrote: the value of its first finding). */
  cellContent(sheet: string, cell: string): CellContent {
    const found = this.issues.find((issue) => issue.sheet === sheet && issue.cell === cell);
    return this.cells.get(cellKey(sheet, cell)) ?? { value: found?.value ?? null, numberFormat: GENERAL };
  }

  /** What the finding's cell holds now, the value it was found on unless the cell was written since. */
  private contentAt(issue: Issue): CellContent {
    return this.cells.get(cellKey(issue.sheet, issue.cell)) ?? { value: issue.value ?? null, numberFormat: GENERAL };
  }

  /**
   * The next validate (after its first progress step), applyFix or undoFix waits until the
   * returned function is called.
   */
  hold(at: 'reading' | 'marking' = 'reading'): () => void {
    let release!: () => void;
    this.gateAt = at;
    this.gate = new Promise<void>((resolve) => { release = resolve; });
    return release;
  }

  callsOf<M extends CheckerCall['method']>(method: M): Extract<CheckerCall, { method: M }>[] {
    return this.calls.filter((call): call is Extract<CheckerCall, { method: M }> => call.method === method);
  }

  async validate({ lang, onProgress, signal }: { lang: Language; onProgress?: (step: ProgressStep) => void; signal?: AbortSignal }): Promise<ValidationSummary> {
    this.calls.push({ method: 'validate', lang });
    this.validateSignals.push(signal);
    onProgress?.({ stage: 'read', done: 1, total: 4 });
    if (this.gateAt === 'reading') await this.passGate(signal);
    // As the real checker: a cancel while reading or checking ends the run with nothing written.
    if (signal?.aborted) throw signal.reason;
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    onProgress?.({ stage: 'mark', done: 0, total: 0 });
    // Once marking has begun a cancel is not heeded: the run goes on to its end.
    if (this.gateAt === 'marking') await this.passGate();
    this.gateAt = 'reading';
    onProgress?.({ stage: 'mark', done: 4, total: 4 });

    const waived: ValidationSummary['waived'] = [];
    const issues: Issue[] = [];
    for (const issue of this.issues) {
      if (!sameValue(this.contentAt(issue).value, issue.value ?? null)) continue;
      const waiver = this.settings.waivers.find((w) => matches(w, issue));
      if (waiver) waived.push({ issue, waiver }); else issues.push(issue);
    }
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const issue of issues) counts[issue.severity] += 1;
    this.marked = new Set(issues.map((issue) => `${issue.sheet}!${issue.cell}`)).size;
    return {
      tables: this.tables, issues, waived, counts, markedCells: this.marked, notes: this.notes, issuesSheet: 'Issues',
      fixes: copy(this.fixes), projectNames: copy(this.projectNames),
    };
  }

  async applyFix(issue: Issue): Promise<AppliedFix> {
    this.calls.push({ method: 'applyFix', issue: copy(issue) });
    await this.passGate();
    const replacement = issue.fix?.replacement;
    if (replacement === undefined) throw new Error(`The finding at ${issue.sheet}!${issue.cell} has no quick fix`);
    const before = this.contentAt(issue);
    if (!sameValue(before.value, issue.value ?? null)) throw cellChanged(issue.sheet, issue.cell, 'apply');
    this.fixCount += 1;
    const fix: AppliedFix = {
      id: `fix-${this.fixCount}`, rule: issue.rule, sheet: issue.sheet, cell: issue.cell,
      before, after: { value: replacement, numberFormat: GENERAL }, appliedAt: this.now().toISOString(),
    };
    this.cells.set(cellKey(issue.sheet, issue.cell), fix.after);
    this.fixes.unshift(fix);
    return copy(fix);
  }

  async undoFix(id: string): Promise<void> {
    this.calls.push({ method: 'undoFix', id });
    await this.passGate();
    const fix = this.fixes.find((logged) => logged.id === id);
    if (!fix) throw new Error(`No applied fix ${id}`);
    if (!sameValue(this.cellContent(fix.sheet, fix.cell).value, fix.after.value)) throw cellChanged(fix.sheet, fix.cell, 'undo');
    this.cells.set(cellKey(fix.sheet, fix.cell), fix.before);
    this.fixes = this.fixes.filter((logged) => logged !== fix);
  }

  async clearMarks(options: { undoFixes?: boolean } = {}): Promise<ClearResult> {
    this.calls.push({ method: 'clearMarks', undoFixes: options.undoFixes ?? false });
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    const restoredCells = this.marked;
    this.marked = 0;
    let undoneFixes = 0;
    if (options.undoFixes) {
      // Newest first, as the real checker does; a fix whose cell was edited since stays.
      for (const fix of [...this.fixes]) {
        if (!sameValue(this.cellContent(fix.sheet, fix.cell).value, fix.after.value)) continue;
        this.cells.set(cellKey(fix.sheet, fix.cell), fix.before);
        this.fixes = this.fixes.filter((logged) => logged !== fix);
        undoneFixes += 1;
      }
    }
    return { restoredCells, undoneFixes, keptFixes: options.undoFixes ? this.fixes.length : 0 };
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.calls.push({ method: 'select', sheet, cell });
  }

  async loadSettings(): Promise<CheckerSettings> {
    this.calls.push({ method: 'loadSettings' });
    return copy(this.settings);
  }

  async saveSettings(settings: CheckerSettings): Promise<void> {
    this.calls.push({ method: 'saveSettings', settings: copy(settings) });
    this.settings = copy(settings);
  }

  displayLanguage(): Language {
    return this.language;
  }

  /** Waits at the gate, if one is set: until it is released, or `signal` is aborted. */
  private async passGate(signal?: AbortSignal): Promise<void> {
    const gate = this.gate;
    this.gate = undefined;
    if (!gate) return;
    await Promise.race([gate, new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }))]);
  }
}

const cellKey = (sheet: string, cell: string): string => `${sheet}!${cell}`;

function sameValue(a: CellContent['value'], b: CellContent['value']): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The failure the real checker throws when the cell no longer holds what the fix expects. */
export function cellChanged(sheet: string, cell: string, action: 'apply' | 'undo'): CheckerError {
  const address = shownAddress(sheet, cell);
  return new CheckerError('cell-changed', action === 'apply'
    ? {
      th: `ค่าในเซลล์ ${address} เปลี่ยนไปหลังการตรวจสอบ จึงไม่ได้แก้ตามคำแนะนำ โปรดกด “ตรวจสอบทั้งสมุดงาน” อีกครั้ง ไม่มีการเปลี่ยนแปลงใดในสมุดงาน`,
      en: `The cell ${address} has changed since it was checked, so the fix was not applied. Validate the workbook again. Nothing in the workbook was changed.`,
    }
    : {
      th: `เซลล์ ${address} ถูกแก้ไขอีกหลังจากแก้ตามคำแนะนำ จึงเลิกทำไม่ได้ เซลล์ยังคงเป็นค่าปัจจุบัน`,
      en: `The cell ${address} was edited after the fix, so the fix cannot be undone; the cell keeps its current value.`,
    });
}

function issue(fields: Omit<Issue, 'cells'> & { cells?: string[] }): Issue {
  return { ...fields, cells: fields.cells ?? [fields.cell] };
}

/** Four findings over three sheets and two projects, one of each kind the pane shows. */
export const SAMPLE_ISSUES: Issue[] = [
  issue({
    rule: 'invalid-date', severity: 'error', sheet: 'Projects', cell: 'D3', project: '03000000-2458',
    field: 'startDate', value: '31/02/2563',
    message: { th: 'อ่านวันที่ “31/02/2563” ไม่ได้', en: 'The date “31/02/2563” cannot be read' },
    fix: { th: 'พิมพ์วันที่ในรูปแบบ วว/ดด/ปปปป', en: 'Type the date as dd/mm/yyyy' },
  }),
  issue({
    rule: 'completed-without-disbursement', severity: 'error', sheet: 'Reports', cell: 'F5', cells: ['F5', 'G5', 'Projects!G2'],
    project: '03000000-2457', report: 3, field: 'progress', value: 100,
    message: {
      th: 'รายงานครั้งที่ 3 ความก้าวหน้า 100.00% แต่เบิกจ่ายสะสม 0 บาท จากงบประมาณ 1,918,000 บาท',
      en: 'Report 3 shows 100.00% progress but 0 baht disbursed of a 1,918,000 baht budget',
    },
    fix: { th: 'ตรวจสอบยอดเบิกจ่ายสะสม', en: 'Check the cumulative disbursement' },
  }),
  issue({
    rule: 'progress-without-disbursement', severity: 'warning', sheet: 'Reports', cell: 'F7', project: '03000000-2458',
    report: 1, field: 'progress', value: 40,
    message: { th: 'ความก้าวหน้า 40.00% แต่ยังไม่เบิกจ่าย', en: 'Progress 40.00% with nothing disbursed' },
  }),
  issue({
    rule: 'thai-digits', severity: 'info', sheet: 'แผน 2563', cell: 'C4', field: 'reportNo', value: '๑๒',
    message: { th: 'เซลล์ใช้เลขไทย “๑๒”', en: 'The cell uses Thai digits “๑๒”' },
    fix: { th: 'แปลงเป็น 12', en: 'Convert to 12', replacement: 12 },
  }),
];

/** Two findings with a quick fix: one writes a number, one writes text. */
export const FIXABLE_ISSUES: Issue[] = [
  issue({
    rule: 'thai-digits', severity: 'info', sheet: 'Reports', cell: 'F5', project: '03000000-2457', report: 3,
    field: 'disbursedToDate', value: '๑๒๐,๐๐๐',
    message: { th: 'เซลล์ใช้เลขไทย “๑๒๐,๐๐๐”', en: 'The cell uses Thai digits “๑๒๐,๐๐๐”' },
    fix: { th: 'แปลงเป็น 120000', en: 'Convert to 120000', replacement: 120000 },
  }),
  issue({
    rule: 'stray-whitespace', severity: 'info', sheet: 'Projects', cell: 'B3', project: '03000000-2458',
    field: 'name', value: '  ปรับปรุงถนน  ซอย 5 ',
    message: { th: 'ชื่อโครงการมีช่องว่างเกิน', en: 'The project name has stray spaces' },
    fix: { th: 'ตัดช่องว่างที่เกินออก', en: 'Remove the stray spaces', replacement: 'ปรับปรุงถนน ซอย 5' },
  }),
];

/** The names of the sample findings' projects. */
export const SAMPLE_PROJECT_NAMES: Record<string, string> = {
  '03000000-2457': 'ก่อสร้างสะพานข้ามคลองบางซื่อ',
  '03000000-2458': 'ปรับปรุงถนนซอยวัดดอน',
};

export const SAMPLE_TABLES: TableInfo[] = [
  {
    sheet: 'Projects', role: 'projects', headerRow: 1, rows: 2,
    headers: [
      { column: 'A', text: 'รหัสโครงการ', field: 'code' },
      { column: 'B', text: 'ชื่อโครงการ', field: 'name' },
      { column: 'C', text: 'หมายเหตุ' },
    ],
  },
  {
    sheet: 'Reports', role: 'reports', headerRow: 2, rows: 6,
    headers: [
      { column: 'A', text: 'รหัสโครงการ', field: 'code' },
      { column: 'B', text: 'รายงานครั้งที่', field: 'reportNo' },
      { column: 'F', text: 'ความก้าวหน้า', field: 'progress' },
    ],
  },
];
