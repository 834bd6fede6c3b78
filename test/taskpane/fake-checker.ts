/**
 * An in-memory Checker for the task pane's tests: fixed findings, settings kept in
 * memory, every call recorded. It is a test double for the UI only; the real checker
 * (src/excel over the simulated host) is tested in test/excel.
 */
import type { Issue, Severity } from '../../src/core/model';
import type {
  Checker, CheckerSettings, Language, ProgressStep, TableInfo, ValidationSummary, Waiver,
} from '../../src/excel/types';

export type CheckerCall =
  | { method: 'validate'; lang: Language }
  | { method: 'clearMarks' }
  | { method: 'select'; sheet: string; cell: string }
  | { method: 'loadSettings' }
  | { method: 'saveSettings'; settings: CheckerSettings };

export interface FakeCheckerOptions {
  issues?: Issue[];
  tables?: TableInfo[];
  settings?: Partial<CheckerSettings>;
  displayLanguage?: Language;
  notes?: ValidationSummary['notes'];
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function matches(waiver: Waiver, issue: Issue): boolean {
  const value = issue.value === undefined ? undefined : JSON.stringify(issue.value);
  return waiver.rule === issue.rule && waiver.sheet === issue.sheet && waiver.cell === issue.cell && waiver.value === value;
}

export class FakeChecker implements Checker {
  readonly calls: CheckerCall[] = [];
  settings: CheckerSettings;
  issues: Issue[];
  tables: TableInfo[];
  notes: ValidationSummary['notes'];
  private readonly language: Language;
  private failures: unknown[] = [];
  private gate?: Promise<void>;
  private marked = 0;

  constructor(options: FakeCheckerOptions = {}) {
    this.issues = options.issues ?? SAMPLE_ISSUES;
    this.tables = options.tables ?? SAMPLE_TABLES;
    this.settings = { config: {}, overrides: {}, waivers: [], ...copy(options.settings ?? {}) };
    this.language = options.displayLanguage ?? 'en';
    this.notes = options.notes ?? 'written';
  }

  /** The next validate (or clearMarks) throws `error`. */
  failWith(error: unknown): void {
    this.failures.push(error);
  }

  /** The next validate waits, after its first progress step, until the returned function is called. */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise<void>((resolve) => { release = resolve; });
    return release;
  }

  callsOf<M extends CheckerCall['method']>(method: M): Extract<CheckerCall, { method: M }>[] {
    return this.calls.filter((call): call is Extract<CheckerCall, { method: M }> => call.method === method);
  }

  async validate({ lang, onProgress }: { lang: Language; onProgress?: (step: ProgressStep) => void }): Promise<ValidationSummary> {
    this.calls.push({ method: 'validate', lang });
    onProgress?.({ stage: 'read', done: 1, total: 4 });
    const gate = this.gate;
    this.gate = undefined;
    if (gate) await gate;
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    onProgress?.({ stage: 'mark', done: 4, total: 4 });

    const waived: ValidationSummary['waived'] = [];
    const issues: Issue[] = [];
    for (const issue of this.issues) {
      const waiver = this.settings.waivers.find((w) => matches(w, issue));
      if (waiver) waived.push({ issue, waiver }); else issues.push(issue);
    }
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const issue of issues) counts[issue.severity] += 1;
    this.marked = new Set(issues.map((issue) => `${issue.sheet}!${issue.cell}`)).size;
    return { tables: this.tables, issues, waived, counts, markedCells: this.marked, notes: this.notes, issuesSheet: 'Issues' };
  }

  async clearMarks(): Promise<{ restoredCells: number }> {
    this.calls.push({ method: 'clearMarks' });
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    const restoredCells = this.marked;
    this.marked = 0;
    return { restoredCells };
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
