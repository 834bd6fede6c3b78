/**
 * The canonical fields of DESIGN §3. A column of a sheet maps to one of these.
 * `code` serves both tables: in a reports table it is the report's project code.
 */
export const PROJECT_FIELDS = [
  'code', 'name', 'fiscalYear', 'startDate', 'endDate', 'budget', 'spent', 'returned',
  'agency', 'owner', 'coordinator', 'strategy', 'rationale', 'objectives', 'targets',
] as const;

export const REPORT_FIELDS = [
  'code', 'reportNo', 'reportDate', 'stage', 'progress',
  'disbursedToDate', 'disbursedInPeriod', 'onPlan', 'onTarget',
] as const;

export type ProjectField = (typeof PROJECT_FIELDS)[number];
export type ReportField = (typeof REPORT_FIELDS)[number];
export type Field = ProjectField | ReportField;

export const ALL_FIELDS: readonly Field[] = [...new Set<Field>([...PROJECT_FIELDS, ...REPORT_FIELDS])];

/** How a field's cells are read (which parser of src/core/parse applies). */
export type FieldKind = 'code' | 'text' | 'year' | 'date' | 'amount' | 'percent' | 'count' | 'yesno';

export const FIELD_KIND: Record<Field, FieldKind> = {
  code: 'code',
  name: 'text',
  fiscalYear: 'year',
  startDate: 'date',
  endDate: 'date',
  budget: 'amount',
  spent: 'amount',
  returned: 'amount',
  agency: 'text',
  owner: 'text',
  coordinator: 'text',
  strategy: 'text',
  rationale: 'text',
  objectives: 'text',
  targets: 'text',
  reportNo: 'count',
  reportDate: 'date',
  stage: 'text',
  progress: 'percent',
  disbursedToDate: 'amount',
  disbursedInPeriod: 'amount',
  onPlan: 'yesno',
  onTarget: 'yesno',
};

/** Required fields per table role (DESIGN §3, marked *). */
export const REQUIRED_PROJECT_FIELDS: readonly ProjectField[] = [
  'code', 'name', 'fiscalYear', 'startDate', 'endDate', 'budget',
];
export const REQUIRED_REPORT_FIELDS: readonly ReportField[] = ['code', 'reportNo', 'reportDate', 'progress'];

/** Required fields by table role: a flat table needs both lists (`code` once). */
export const REQUIRED_FIELDS: Readonly<Record<'projects' | 'reports' | 'flat', readonly Field[]>> = {
  projects: REQUIRED_PROJECT_FIELDS,
  reports: REQUIRED_REPORT_FIELDS,
  flat: [...new Set<Field>([...REQUIRED_PROJECT_FIELDS, ...REQUIRED_REPORT_FIELDS])],
};

/** Field labels for messages, in both languages. */
export const FIELD_LABEL: Record<Field, { th: string; en: string }> = {
  code: { th: 'รหัสโครงการ', en: 'project code' },
  name: { th: 'ชื่อโครงการ', en: 'project name' },
  fiscalYear: { th: 'ปีงบประมาณ', en: 'fiscal year' },
  startDate: { th: 'วันเริ่มต้นโครงการ', en: 'start date' },
  endDate: { th: 'วันสิ้นสุดโครงการ', en: 'end date' },
  budget: { th: 'งบประมาณที่ได้รับ', en: 'budget received' },
  spent: { th: 'งบประมาณที่ใช้ไป', en: 'budget spent' },
  returned: { th: 'งบประมาณที่ส่งคืน', en: 'budget returned' },
  agency: { th: 'หน่วยงานที่รับผิดชอบ', en: 'agency' },
  owner: { th: 'ผู้รับผิดชอบ', en: 'owner' },
  coordinator: { th: 'ผู้ประสานงาน', en: 'coordinator' },
  strategy: { th: 'ยุทธศาสตร์', en: 'strategy' },
  rationale: { th: 'หลักการและเหตุผล', en: 'rationale' },
  objectives: { th: 'วัตถุประสงค์', en: 'objectives' },
  targets: { th: 'เป้าหมาย', en: 'targets' },
  reportNo: { th: 'รายงานครั้งที่', en: 'report no.' },
  reportDate: { th: 'วันที่รายงาน', en: 'report date' },
  stage: { th: 'ขั้นตอนการดำเนินงาน', en: 'stage' },
  progress: { th: 'ความก้าวหน้า (%)', en: 'progress (%)' },
  disbursedToDate: { th: 'เบิกจ่ายสะสม', en: 'disbursed to date' },
  disbursedInPeriod: { th: 'เบิกจ่ายในงวด', en: 'disbursed in period' },
  onPlan: { th: 'เป็นไปตามแผน', en: 'on plan' },
  onTarget: { th: 'เป็นไปตามเป้าหมาย', en: 'on target' },
};
