/**
 * Every string the task pane shows, in Thai and English (DESIGN §4: the UI follows
 * Office's display language, with a switch). One typed dictionary: a key missing from
 * either language fails to compile, and test/taskpane/i18n.test.ts checks that no text
 * is empty. Texts that carry values are functions of one params object.
 */
import type { Severity } from '../core/model';
import type { TableRole } from '../core/table/types';
import type { Language, ProgressStep } from '../excel/types';

interface Count { count: number }
interface At { address: string }
/** A fixed cell and its values, each already shown as the reader reads it (see components/cell-value.ts). */
interface FixedCell extends At { before: string; after: string }

export interface UiText {
  productName: string;
  languageSwitch: string;
  languageName: Record<Language, string>;

  validate: string;
  clearMarks: string;
  actions: string;
  progressStage: Record<ProgressStep['stage'], string>;
  progressOf: (p: { done: number; total: number }) => string;
  startHint: string;
  cancelValidation: string;
  /** Beside the disabled Cancel once marking has begun. */
  cancelAfterMarking: string;
  cancelledTitle: string;
  cancelled: string;

  resultsHeading: string;
  severity: Record<Severity, string>;
  severityCount: Record<Severity, (p: Count) => string>;
  /** Title of a line in the results saying that some checks did not run (a `rules-not-run` finding). */
  checksNotRunTitle: string;

  findingsHeading: string;
  groupBy: string;
  groupByRule: string;
  groupByProject: string;
  showSeverities: string;
  /** A project's group heading: `code · name` when the name is known. */
  projectGroup: (p: { code: string; name?: string }) => string;
  noProject: string;
  findingCount: (p: Count) => string;
  /** At the end of a long list, which draws its findings a page at a time: `count` more are drawn, `left` in all are not yet. */
  showMoreFindings: (p: { count: number; left: number }) => string;
  fixLabel: string;
  relatedCells: string;
  goToCell: (p: At) => string;
  mapColumn: string;
  mapColumnAt: (p: At) => string;
  noFindings: string;
  noneMatchFilter: string;
  walkFindings: string;
  previousFinding: string;
  nextFinding: string;
  previousFindingTitle: string;
  nextFindingTitle: string;
  /** `done`: the current finding's place in the list shown, counting from 1. */
  findingPosition: (p: { done: number; total: number }) => string;
  walkStart: (p: Count) => string;
  /** After a finding was fixed or waived: where Next goes on (`next` counts from 1). */
  walkResume: (p: { next: number; total: number }) => string;
  /** After the last finding of the list was fixed or waived. */
  walkResumeEnd: (p: Count) => string;
  /** The findings list narrowed to one project (picked in the overview), and the way back to all. */
  projectFilter: (p: { code: string; name?: string }) => string;
  showAllProjects: string;
  projectNoFindings: string;

  overviewHeading: string;
  showOverview: string;
  hideOverview: string;
  overviewLoading: string;
  overviewLoadFailed: string;
  mappingLoadFailed: string;
  fillLoadFailed: string;
  retry: string;

  waive: string;
  waiveFinding: (p: At) => string;
  waiveTitle: string;
  waiveIntro: string;
  waiveReason: string;
  waiveReasonRequired: string;
  waiveBy: string;
  waiveByHint: string;
  cancel: string;
  waivedHeading: (p: Count) => string;
  waivedReason: (p: { reason: string }) => string;
  waivedOn: (p: { date: string }) => string;
  waivedBy: (p: { name: string }) => string;
  unwaive: string;
  unwaiveFinding: (p: At) => string;

  applyFix: string;
  applyFixAt: (p: At) => string;
  undo: string;
  undoFixAt: (p: At) => string;
  fixedTitle: string;
  fixed: (p: FixedCell) => string;
  undoneTitle: string;
  undone: (p: At & { before: string }) => string;
  fixesHeading: (p: Count) => string;
  fixChange: (p: { before: string; after: string }) => string;
  fixedOn: (p: { date: string }) => string;
  blankCell: string;

  mappingHeading: string;
  mappingIntro: string;
  tableTitle: (p: { sheet: string; role: string; tableName?: string }) => string;
  tableExtent: (p: { headerRow: number; rows: number }) => string;
  tableRole: string;
  role: Record<TableRole, string>;
  headerRow: string;
  columnHeading: (p: { column: string; text: string }) => string;
  notMapped: string;
  /** Option group of the fields the column's header and data suggest. */
  likelyFields: string;
  otherChoices: string;
  /** Under a column that may hold the field a finding is about. */
  mayHold: (p: { field: string }) => string;
  saveMappings: string;
  saveMappingsHint: string;
  resetMapping: string;
  noTableWithMapping: string;

  /** The Consolidate section's heading and its open/close button; the rest of its texts load with it. */
  consolidateHeading: string;
  openConsolidate: string;
  closeConsolidate: string;
  consolidateLoading: string;
  consolidateLoadFailed: string;

  /** Filling the standard form (FillPanel). */
  fillHeading: string;
  fillIntro: string;
  fillScope: string;
  fillScopeSelection: string;
  fillScopeChosen: string;
  fillScopeAll: string;
  fillChooseProjects: string;
  fillLoadingProjects: string;
  fillButton: string;
  fillProgress: string;
  fillNoProjectAtSelection: string;
  fillNoneChosen: string;
  fillNoProjects: string;
  fillConfirmTitle: string;
  fillConfirmIntro: (p: Count) => string;
  fillErrorsWarning: (p: Count) => string;
  fillProjectErrors: (p: { project: string; count: number }) => string;
  fillReplaces: (p: Count) => string;
  /** After the projects or sheets listed by name: how many more there are. */
  fillMore: (p: Count) => string;
  fillAnyway: string;
  fillReplace: string;
  filledTitle: string;
  filled: (p: { count: number; replaced: number; first: string }) => string;
  fillNoPageLayoutTitle: string;
  fillNoPageLayout: string;
  fillNoGridlines: string;
  fillWithFindings: string;
  fillExportButton: string;
  fillExportIntro: string;
  fillExporting: string;
  fillExportConfirmIntro: (p: Count) => string;
  fillExportAnyway: string;
  fillTemplate: string;
  fillTemplateStandard: string;
  fillTemplateSheet: string;
  fillTemplateChoose: string;
  fillLoadingTemplates: string;
  fillNoTemplates: string;
  fillTemplateOption: (p: { sheet: string; count: number }) => string;
  fillPlaceholders: string;
  fillInsertStarter: string;
  fillStarterInserted: (p: { sheet: string }) => string;
  fillTemplateProblemsTitle: string;
  fillNoTemplateChosen: string;
  fillTemplateExportNote: string;
  exportedTitle: string;
  exportedOpened: (p: Count) => string;
  exportedDownloaded: (p: { count: number; fileName: string }) => string;

  noTablesTitle: string;
  noTables: string;
  errorTitle: string;
  genericError: string;
  errorDetail: (p: { detail: string }) => string;
  validatedTitle: string;
  noProblems: string;
  markedWithNotes: (p: { cells: number; sheet: string }) => string;
  markedWithoutNotes: (p: { cells: number; sheet: string }) => string;
  clearedTitle: string;
  cleared: (p: Count) => string;
  /** Clear marks left the fixes the user applied in place (the dialog's box was not ticked). */
  clearedFixesStay: (p: Count) => string;
  clearedFixesUndone: (p: Count) => string;
  clearedFixesKept: (p: Count) => string;
  clearTitle: string;
  clearIntro: string;
  clearUndoFixes: string;
  clearUndoFixesHint: string;
  dismiss: string;
}

/** `1,918` in either language (Thai uses Western digits in the UI, as Excel does). */
export function formatCount(count: number, lang: Language): string {
  return count.toLocaleString(lang === 'th' ? 'th-TH' : 'en-US');
}

/** `1 cell` / `3 cells`. */
function plural(count: number, one: string, many: string): string {
  return `${formatCount(count, 'en')} ${count === 1 ? one : many}`;
}

const th: UiText = {
  productName: 'ตรวจรายงานความก้าวหน้าโครงการ',
  languageSwitch: 'ภาษา',
  languageName: { th: 'ไทย', en: 'English' },

  validate: 'ตรวจสอบทั้งสมุดงาน',
  clearMarks: 'ล้างเครื่องหมาย',
  actions: 'การตรวจสอบ',
  progressStage: {
    read: 'กำลังอ่านแผ่นงาน…',
    validate: 'กำลังตรวจสอบข้อมูล…',
    mark: 'กำลังทำเครื่องหมายบนเซลล์…',
  },
  progressOf: ({ done, total }) => `${formatCount(done, 'th')} จาก ${formatCount(total, 'th')}`,
  startHint: 'กด “ตรวจสอบทั้งสมุดงาน” เพื่อตรวจทุกแผ่นงาน ผลการตรวจจะแสดงบนเซลล์และในรายการด้านล่าง',
  cancelValidation: 'ยกเลิก',
  cancelAfterMarking: 'กำลังทำเครื่องหมาย ยกเลิกไม่ได้แล้ว ต้องรอให้เสร็จก่อน (ล้างเครื่องหมายได้ภายหลัง)',
  cancelledTitle: 'ยกเลิกการตรวจสอบแล้ว',
  cancelled: 'ไม่มีการเปลี่ยนแปลงใดในเวิร์กบุ๊ก',

  resultsHeading: 'ผลการตรวจ',
  severity: { error: 'ข้อผิดพลาด', warning: 'คำเตือน', info: 'ข้อสังเกต' },
  severityCount: {
    error: ({ count }) => `ข้อผิดพลาด ${formatCount(count, 'th')}`,
    warning: ({ count }) => `คำเตือน ${formatCount(count, 'th')}`,
    info: ({ count }) => `ข้อสังเกต ${formatCount(count, 'th')}`,
  },
  checksNotRunTitle: 'มีการตรวจที่ไม่ได้ทำ',

  findingsHeading: 'รายการที่พบ',
  groupBy: 'จัดกลุ่มตาม',
  groupByRule: 'ประเภทการตรวจ',
  groupByProject: 'โครงการ',
  showSeverities: 'แสดงระดับ',
  projectGroup: ({ code, name }) => (name ? `${code} · ${name}` : `โครงการ ${code}`),
  noProject: 'ไม่ระบุโครงการ',
  findingCount: ({ count }) => `${formatCount(count, 'th')} รายการ`,
  showMoreFindings: ({ count, left }) => `แสดงเพิ่มอีก ${formatCount(count, 'th')} รายการ (ยังไม่แสดง ${formatCount(left, 'th')} รายการ)`,
  fixLabel: 'วิธีแก้',
  relatedCells: 'เซลล์ที่เกี่ยวข้อง',
  goToCell: ({ address }) => `ไปที่เซลล์ ${address}`,
  mapColumn: 'จับคู่คอลัมน์…',
  mapColumnAt: ({ address }) => `จับคู่คอลัมน์… สำหรับรายการที่ ${address}`,
  noFindings: 'ไม่พบปัญหาในสมุดงานนี้',
  noneMatchFilter: 'ไม่มีรายการในระดับที่เลือกแสดง',
  walkFindings: 'ไล่ดูทีละรายการ',
  previousFinding: 'ก่อนหน้า',
  nextFinding: 'ถัดไป',
  previousFindingTitle: 'รายการก่อนหน้า (Alt+↑)',
  nextFindingTitle: 'รายการถัดไป (Alt+↓)',
  findingPosition: ({ done, total }) => `รายการที่ ${formatCount(done, 'th')} จาก ${formatCount(total, 'th')}`,
  walkStart: ({ count }) => `${formatCount(count, 'th')} รายการ กด “ถัดไป” เพื่อเริ่มที่รายการแรก`,
  walkResume: ({ next, total }) => `ถัดไป: รายการที่ ${formatCount(next, 'th')} จาก ${formatCount(total, 'th')}`,
  walkResumeEnd: ({ count }) => `ครบทุกรายการแล้ว เหลือ ${formatCount(count, 'th')} รายการก่อนหน้า`,
  projectFilter: ({ code, name }) => `แสดงเฉพาะรายการของโครงการ ${name ? `${code} · ${name}` : code}`,
  showAllProjects: 'แสดงทุกโครงการ',
  projectNoFindings: 'ไม่พบปัญหาในโครงการนี้',

  overviewHeading: 'ภาพรวมโครงการ',
  showOverview: 'แสดงภาพรวม',
  hideOverview: 'ซ่อนภาพรวม',
  overviewLoading: 'กำลังโหลดภาพรวม…',
  overviewLoadFailed: 'โหลดภาพรวมไม่สำเร็จ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
  mappingLoadFailed: 'โหลดส่วนการจับคู่คอลัมน์ไม่สำเร็จ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
  fillLoadFailed: 'โหลดส่วนแบบฟอร์มมาตรฐานไม่สำเร็จ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
  retry: 'ลองอีกครั้ง',

  waive: 'ยกเว้น',
  waiveFinding: ({ address }) => `ยกเว้น รายการที่ ${address}`,
  waiveTitle: 'ยกเว้นรายการนี้',
  waiveIntro: 'รายการที่ยกเว้นจะไม่ถูกทำเครื่องหมายอีก และเหตุผลจะเก็บไว้ในสมุดงาน หากค่าในเซลล์เปลี่ยน รายการนี้จะกลับมา',
  waiveReason: 'เหตุผลที่ยกเว้น',
  waiveReasonRequired: 'กรุณาระบุเหตุผลที่ยกเว้น',
  waiveBy: 'ชื่อผู้ยกเว้น (ไม่บังคับ)',
  waiveByHint: 'บันทึกไว้คู่กับเหตุผลในสมุดงาน และจำไว้ในเครื่องนี้สำหรับครั้งต่อไป',
  cancel: 'ยกเลิก',
  waivedHeading: ({ count }) => `รายการที่ยกเว้น (${formatCount(count, 'th')})`,
  waivedReason: ({ reason }) => `เหตุผล: ${reason}`,
  waivedOn: ({ date }) => `ยกเว้นเมื่อ ${date}`,
  waivedBy: ({ name }) => `โดย ${name}`,
  unwaive: 'ยกเลิกการยกเว้น',
  unwaiveFinding: ({ address }) => `ยกเลิกการยกเว้น รายการที่ ${address}`,

  applyFix: 'แก้ตามคำแนะนำ',
  applyFixAt: ({ address }) => `แก้ตามคำแนะนำ ที่เซลล์ ${address}`,
  undo: 'เลิกทำ',
  undoFixAt: ({ address }) => `เลิกทำ การแก้ที่เซลล์ ${address}`,
  fixedTitle: 'แก้ตามคำแนะนำแล้ว',
  fixed: ({ address, before, after }) => `แก้เซลล์ ${address} จาก ${before} เป็น ${after} แล้ว`,
  undoneTitle: 'เลิกทำแล้ว',
  undone: ({ address, before }) => `เซลล์ ${address} กลับเป็น ${before} ตามเดิมแล้ว`,
  fixesHeading: ({ count }) => `รายการที่แก้ตามคำแนะนำ (${formatCount(count, 'th')})`,
  fixChange: ({ before, after }) => `จาก ${before} เป็น ${after}`,
  fixedOn: ({ date }) => `แก้เมื่อ ${date}`,
  blankCell: '(เซลล์ว่าง)',

  mappingHeading: 'การจับคู่คอลัมน์',
  mappingIntro: 'หากอ่านตารางผิด เลือกประเภทตาราง แถวหัวตาราง หรือข้อมูลของแต่ละคอลัมน์ได้เอง ระบบจะตรวจสอบใหม่ทันที',
  tableTitle: ({ sheet, role, tableName }) => `${sheet}${tableName ? ` (${tableName})` : ''} — ${role}`,
  tableExtent: ({ headerRow, rows }) => `หัวตารางแถวที่ ${formatCount(headerRow, 'th')}, ข้อมูล ${formatCount(rows, 'th')} แถว`,
  tableRole: 'ประเภทตาราง',
  role: {
    projects: 'ตารางโครงการ',
    reports: 'ตารางรายงานความก้าวหน้า',
    flat: 'ตารางรวม (หนึ่งแถวต่อรายงาน)',
  },
  headerRow: 'แถวหัวตาราง',
  columnHeading: ({ column, text }) => (text ? `คอลัมน์ ${column} “${text}”` : `คอลัมน์ ${column} (ไม่มีหัวคอลัมน์)`),
  notMapped: 'ไม่จับคู่',
  likelyFields: 'น่าจะเป็น',
  otherChoices: 'ตัวเลือกอื่น',
  mayHold: ({ field }) => `คอลัมน์นี้น่าจะเป็น${field}`,
  saveMappings: 'บันทึกการจับคู่เป็นไฟล์ตั้งค่า',
  saveMappingsHint: 'บันทึกหัวคอลัมน์ที่จับคู่เองและการตั้งค่าที่ต่างจากค่าเริ่มต้นเป็นไฟล์ JSON ใช้กับสมุดงานอื่นได้ด้วย report-checker validate --config',
  resetMapping: 'กลับไปใช้การตรวจหาอัตโนมัติ',
  noTableWithMapping: 'ไม่พบตารางตามการตั้งค่านี้',

  consolidateHeading: 'รวบรวมข้อมูลจากหลายหน่วยงาน',
  openConsolidate: 'เปิดการรวบรวมข้อมูล',
  closeConsolidate: 'ปิดการรวบรวมข้อมูล',
  consolidateLoading: 'กำลังโหลดการรวบรวมข้อมูล…',
  consolidateLoadFailed: 'โหลดการรวบรวมข้อมูลไม่สำเร็จ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',

  fillHeading: 'แบบฟอร์มมาตรฐาน',
  fillIntro: 'กรอก “แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ” ของแต่ละโครงการลงในแผ่นงานใหม่ พร้อมพิมพ์บนกระดาษ A4',
  fillScope: 'กรอกแบบฟอร์มของ',
  fillScopeSelection: 'โครงการในแถวของเซลล์ที่เลือก',
  fillScopeChosen: 'โครงการที่เลือกเอง',
  fillScopeAll: 'ทุกโครงการ',
  fillChooseProjects: 'เลือกโครงการ',
  fillLoadingProjects: 'กำลังอ่านรายชื่อโครงการ…',
  fillButton: 'กรอกแบบฟอร์ม',
  fillProgress: 'กำลังกรอกแบบฟอร์ม…',
  fillNoProjectAtSelection: 'เซลล์ที่เลือกไม่อยู่ในแถวของโครงการใด เลือกเซลล์ในแถวของโครงการ (ในตารางโครงการหรือตารางรายงาน) แล้วลองอีกครั้ง',
  fillNoneChosen: 'ยังไม่ได้เลือกโครงการ เลือกอย่างน้อยหนึ่งโครงการ',
  fillNoProjects: 'ไม่พบโครงการในสมุดงานนี้ (ต้องมีตารางที่มีคอลัมน์ “รหัสโครงการ” และ “ชื่อโครงการ”)',
  fillConfirmTitle: 'กรอกแบบฟอร์ม',
  fillConfirmIntro: ({ count }) => `จะกรอกแบบฟอร์ม ${formatCount(count, 'th')} โครงการ โครงการละหนึ่งแผ่นงาน`,
  fillErrorsWarning: ({ count }) => `ข้อมูลของ ${formatCount(count, 'th')} โครงการมีข้อผิดพลาด แบบฟอร์มจะแสดงข้อมูลตามที่บันทึกไว้ ควรแก้ไขก่อนพิมพ์ส่ง`,
  fillProjectErrors: ({ project, count }) => `${project}: ข้อผิดพลาด ${formatCount(count, 'th')} รายการ`,
  fillReplaces: ({ count }) => `แบบฟอร์มที่กรอกไว้ก่อนหน้า ${formatCount(count, 'th')} แผ่นงานจะถูกแทนที่ (แผ่นงานของผู้ใช้จะไม่ถูกแตะต้อง)`,
  fillMore: ({ count }) => `และอีก ${formatCount(count, 'th')} รายการ`,
  fillAnyway: 'กรอกต่อ',
  fillReplace: 'แทนที่และกรอก',
  filledTitle: 'กรอกแบบฟอร์มแล้ว',
  filled: ({ count, replaced, first }) =>
    `กรอกแบบฟอร์ม ${formatCount(count, 'th')} แผ่นงาน${replaced > 0 ? ` (แทนที่ของเดิม ${formatCount(replaced, 'th')} แผ่นงาน)` : ''} เริ่มที่แผ่นงาน “${first}”`,
  fillNoPageLayoutTitle: 'กรอกโดยไม่มีการตั้งค่าหน้ากระดาษ',
  fillNoPageLayout: 'Excel รุ่นนี้ไม่รองรับ ExcelApi 1.9 จึงกรอกแบบฟอร์มโดยไม่ได้ตั้งค่าหน้ากระดาษ (A4 แนวตั้ง ระยะขอบ ย่อให้พอดีหนึ่งหน้าตามความกว้าง พื้นที่พิมพ์ หัวตารางซ้ำทุกหน้า เลขหน้า) การเยื้อง และการย่อข้อความให้พอดีเซลล์ ตั้งค่าเองได้ที่เมนูเค้าโครงหน้ากระดาษก่อนพิมพ์',
  fillNoGridlines: 'Excel รุ่นนี้ไม่รองรับ ExcelApi 1.8 เส้นตารางจึงยังแสดงอยู่',
  fillWithFindings: 'แสดงรายการที่พบของโครงการไว้ข้างแบบฟอร์ม (นอกพื้นที่พิมพ์)',
  fillExportButton: 'ส่งออกเป็นสมุดงานใหม่',
  fillExportIntro: 'ส่งออก: แบบฟอร์มเดียวกันในสมุดงานแยกต่างหาก (ตั้งค่าหน้ากระดาษไว้แล้ว) สมุดงานนี้ไม่เปลี่ยนแปลง',
  fillExporting: 'กำลังสร้างสมุดงานแบบฟอร์ม…',
  fillExportConfirmIntro: ({ count }) => `จะส่งออกแบบฟอร์ม ${formatCount(count, 'th')} โครงการเป็นสมุดงานใหม่`,
  fillExportAnyway: 'ส่งออกต่อ',
  fillTemplate: 'แม่แบบ',
  fillTemplateStandard: 'แบบฟอร์มมาตรฐาน',
  fillTemplateSheet: 'แผ่นงานแม่แบบของสมุดงานนี้ (มีตัวแทนข้อมูล {{…}})',
  fillTemplateChoose: 'แผ่นงานแม่แบบ',
  fillLoadingTemplates: 'กำลังหาแผ่นงานแม่แบบ…',
  fillNoTemplates: 'ไม่มีแผ่นงานใดในสมุดงานนี้ที่มีตัวแทนข้อมูล {{…}} แทรกแม่แบบเริ่มต้น หรือพิมพ์ตัวแทนข้อมูลลงในแผ่นงาน',
  fillTemplateOption: ({ sheet, count }) => `${sheet} (ตัวแทนข้อมูล ${formatCount(count, 'th')} ชนิด)`,
  fillPlaceholders: 'ตัวแทนข้อมูลที่ใช้ในแม่แบบได้',
  fillInsertStarter: 'แทรกแม่แบบเริ่มต้น',
  fillStarterInserted: ({ sheet }) => `แทรกแม่แบบเริ่มต้นในแผ่นงานใหม่ “${sheet}” แล้ว แก้ไขได้ตามต้องการ แล้วกรอกจากแม่แบบนั้น`,
  fillTemplateProblemsTitle: 'แม่แบบมีข้อผิดพลาด จึงยังไม่ได้กรอก',
  fillNoTemplateChosen: 'ยังไม่ได้เลือกแผ่นงานแม่แบบ',
  fillTemplateExportNote: 'การส่งออกเป็นสมุดงานใหม่ใช้ได้กับแบบฟอร์มมาตรฐานเท่านั้น',
  exportedTitle: 'ส่งออกแบบฟอร์มแล้ว',
  exportedOpened: ({ count }) => `เปิดแบบฟอร์ม ${formatCount(count, 'th')} โครงการเป็นสมุดงานใหม่ใน Excel แล้ว บันทึกสมุดงานนั้นก่อนปิด`,
  exportedDownloaded: ({ count, fileName }) => `ดาวน์โหลดแบบฟอร์ม ${formatCount(count, 'th')} โครงการเป็นไฟล์ “${fileName}” แล้ว`,

  noTablesTitle: 'ไม่พบตาราง',
  noTables: 'ไม่พบตารางที่มีหัวคอลัมน์ที่รู้จักในสมุดงานนี้ ให้มีแถวหัวตารางภายใน 20 แถวแรก เช่น “รหัสโครงการ”, “ชื่อโครงการ”, “รายงานครั้งที่”',
  errorTitle: 'ทำรายการไม่สำเร็จ',
  genericError: 'เกิดข้อผิดพลาดระหว่างทำงานกับ Excel ลองอีกครั้ง หากยังเกิดซ้ำ ให้บันทึกและเปิดสมุดงานใหม่',
  errorDetail: ({ detail }) => `รายละเอียด: ${detail}`,
  validatedTitle: 'ตรวจสอบเสร็จแล้ว',
  noProblems: 'ไม่พบปัญหา ไม่มีเซลล์ใดถูกทำเครื่องหมาย',
  markedWithNotes: ({ cells, sheet }) =>
    `ทำเครื่องหมาย ${formatCount(cells, 'th')} เซลล์ด้วยสีและบันทึกย่อ และสรุปรายการไว้ในแผ่นงาน “${sheet}”`,
  markedWithoutNotes: ({ cells, sheet }) =>
    `ทำเครื่องหมาย ${formatCount(cells, 'th')} เซลล์ด้วยสี และสรุปรายการไว้ในแผ่นงาน “${sheet}” ` +
    `(Excel รุ่นนี้ไม่รองรับบันทึกย่อ จึงแสดงเฉพาะสีบนเซลล์และแผ่นงาน “${sheet}”)`,
  clearedTitle: 'ล้างเครื่องหมายแล้ว',
  cleared: ({ count }) => `คืนรูปแบบเดิมให้ ${formatCount(count, 'th')} เซลล์ และลบแผ่นงานสรุปรายการแล้ว`,
  clearedFixesStay: ({ count }) => `ค่าที่แก้ตามคำแนะนำ ${formatCount(count, 'th')} เซลล์ยังคงอยู่`,
  clearedFixesUndone: ({ count }) => `เลิกทำการแก้ตามคำแนะนำ ${formatCount(count, 'th')} รายการแล้ว`,
  clearedFixesKept: ({ count }) => `อีก ${formatCount(count, 'th')} รายการเลิกทำไม่ได้ เพราะเซลล์ถูกแก้ไขหลังจากนั้น`,
  clearTitle: 'ล้างเครื่องหมาย',
  clearIntro: 'สีและบันทึกย่อที่ทำไว้จะถูกลบ เซลล์กลับเป็นรูปแบบเดิม และแผ่นงานสรุปรายการจะถูกลบ ค่าที่แก้ตามคำแนะนำจะยังคงอยู่ เว้นแต่เลือกให้เลิกทำด้วย',
  clearUndoFixes: 'เลิกทำการแก้ตามคำแนะนำทั้งหมดด้วย',
  clearUndoFixesHint: 'เซลล์ที่แก้ตามคำแนะนำจะกลับเป็นค่าเดิม ยกเว้นเซลล์ที่ถูกแก้ไขอีกหลังจากนั้น',
  dismiss: 'ปิด',
};

const en: UiText = {
  productName: 'Project Report Checker',
  languageSwitch: 'Language',
  languageName: { th: 'ไทย', en: 'English' },

  validate: 'Validate workbook',
  clearMarks: 'Clear marks',
  actions: 'Validation',
  progressStage: {
    read: 'Reading sheets…',
    validate: 'Checking the data…',
    mark: 'Marking cells…',
  },
  progressOf: ({ done, total }) => `${formatCount(done, 'en')} of ${formatCount(total, 'en')}`,
  startHint: 'Press “Validate workbook” to check every sheet; findings are marked on the cells and listed below.',
  cancelValidation: 'Cancel',
  cancelAfterMarking: 'Marking has begun and finishes first; Clear marks can take the marks off afterwards.',
  cancelledTitle: 'Validation cancelled',
  cancelled: 'Nothing in the workbook was changed.',

  resultsHeading: 'Results',
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  severityCount: {
    error: ({ count }) => plural(count, 'error', 'errors'),
    warning: ({ count }) => plural(count, 'warning', 'warnings'),
    info: ({ count }) => `${formatCount(count, 'en')} info`,
  },
  checksNotRunTitle: 'Some checks did not run',

  findingsHeading: 'Findings',
  groupBy: 'Group by',
  groupByRule: 'Rule',
  groupByProject: 'Project',
  showSeverities: 'Show',
  projectGroup: ({ code, name }) => (name ? `${code} · ${name}` : `Project ${code}`),
  noProject: 'No project',
  findingCount: ({ count }) => plural(count, 'finding', 'findings'),
  showMoreFindings: ({ count, left }) => `Show ${formatCount(count, 'en')} more (${plural(left, 'finding', 'findings')} not shown yet)`,
  fixLabel: 'Fix',
  relatedCells: 'Related cells',
  goToCell: ({ address }) => `Go to cell ${address}`,
  mapColumn: 'Map column…',
  mapColumnAt: ({ address }) => `Map column… for the finding at ${address}`,
  noFindings: 'No problems found in this workbook.',
  noneMatchFilter: 'No findings of the severities shown.',
  walkFindings: 'Walk the findings',
  previousFinding: 'Previous',
  nextFinding: 'Next',
  previousFindingTitle: 'Previous finding (Alt+↑)',
  nextFindingTitle: 'Next finding (Alt+↓)',
  findingPosition: ({ done, total }) => `Finding ${formatCount(done, 'en')} of ${formatCount(total, 'en')}`,
  walkStart: ({ count }) => `${plural(count, 'finding', 'findings')}. Press Next to start at the first.`,
  walkResume: ({ next, total }) => `Next: finding ${formatCount(next, 'en')} of ${formatCount(total, 'en')}`,
  walkResumeEnd: ({ count }) => `End of the list; ${plural(count, 'finding', 'findings')} before it.`,
  projectFilter: ({ code, name }) => `Showing only the findings of project ${name ? `${code} · ${name}` : code}`,
  showAllProjects: 'Show all projects',
  projectNoFindings: 'No findings in this project.',

  overviewHeading: 'Project overview',
  showOverview: 'Show overview',
  hideOverview: 'Hide overview',
  overviewLoading: 'Loading the overview…',
  overviewLoadFailed: 'The overview could not be loaded. Check the connection and try again.',
  mappingLoadFailed: 'The column mapping could not be loaded. Check the connection and try again.',
  fillLoadFailed: 'The standard form section could not be loaded. Check the connection and try again.',
  retry: 'Try again',

  waive: 'Waive',
  waiveFinding: ({ address }) => `Waive the finding at ${address}`,
  waiveTitle: 'Waive this finding',
  waiveIntro: 'A waived finding is no longer marked, and the reason is kept in the workbook. If the cell’s value changes, the finding comes back.',
  waiveReason: 'Reason for waiving',
  waiveReasonRequired: 'Enter a reason for waiving.',
  waiveBy: 'Your name (optional)',
  waiveByHint: 'Kept with the reason in the workbook, and remembered on this computer for next time.',
  cancel: 'Cancel',
  waivedHeading: ({ count }) => `Waived findings (${formatCount(count, 'en')})`,
  waivedReason: ({ reason }) => `Reason: ${reason}`,
  waivedOn: ({ date }) => `Waived on ${date}`,
  waivedBy: ({ name }) => `by ${name}`,
  unwaive: 'Remove waiver',
  unwaiveFinding: ({ address }) => `Remove waiver of the finding at ${address}`,

  applyFix: 'Apply fix',
  applyFixAt: ({ address }) => `Apply fix to ${address}`,
  undo: 'Undo',
  undoFixAt: ({ address }) => `Undo the fix at ${address}`,
  fixedTitle: 'Fix applied',
  fixed: ({ address, before, after }) => `Fixed ${address}: ${before} → ${after}.`,
  undoneTitle: 'Fix undone',
  undone: ({ address, before }) => `Undone: ${address} is ${before} again.`,
  fixesHeading: ({ count }) => `Applied fixes (${formatCount(count, 'en')})`,
  fixChange: ({ before, after }) => `${before} → ${after}`,
  fixedOn: ({ date }) => `Applied on ${date}`,
  blankCell: '(blank cell)',

  mappingHeading: 'Column mapping',
  mappingIntro: 'If a table was read wrongly, choose its type, its header row or each column’s field; the workbook is validated again at once.',
  tableTitle: ({ sheet, role, tableName }) => `${sheet}${tableName ? ` (${tableName})` : ''} — ${role}`,
  tableExtent: ({ headerRow, rows }) => `header in row ${formatCount(headerRow, 'en')}, ${plural(rows, 'data row', 'data rows')}`,
  tableRole: 'Table type',
  role: {
    projects: 'Projects table',
    reports: 'Progress reports table',
    flat: 'Combined table (one row per report)',
  },
  headerRow: 'Header row',
  columnHeading: ({ column, text }) => (text ? `Column ${column} “${text}”` : `Column ${column} (no header)`),
  notMapped: 'Not mapped',
  likelyFields: 'Likely',
  otherChoices: 'Other choices',
  mayHold: ({ field }) => `This column looks like ${field}`,
  saveMappings: 'Save mappings as config file',
  saveMappingsHint: 'Saves the headers you mapped by hand, and any settings that differ from the defaults, as a JSON file for other workbooks: report-checker validate --config.',
  resetMapping: 'Use automatic detection',
  noTableWithMapping: 'No table found with these settings',

  consolidateHeading: 'Consolidate agencies’ workbooks',
  openConsolidate: 'Open consolidation',
  closeConsolidate: 'Close consolidation',
  consolidateLoading: 'Loading consolidation…',
  consolidateLoadFailed: 'Consolidation could not be loaded. Check the connection and try again.',

  fillHeading: 'Standard form',
  fillIntro: 'Fill the “แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ” of each project into a new sheet, ready to print on A4.',
  fillScope: 'Fill the form for',
  fillScopeSelection: 'The project in the selected cell’s row',
  fillScopeChosen: 'Projects I choose',
  fillScopeAll: 'All projects',
  fillChooseProjects: 'Choose projects',
  fillLoadingProjects: 'Reading the projects…',
  fillButton: 'Fill forms',
  fillProgress: 'Filling the forms…',
  fillNoProjectAtSelection: 'The selected cell is in no project’s row. Select a cell in a project’s row (in the projects or the reports table) and try again.',
  fillNoneChosen: 'No project chosen yet: choose at least one.',
  fillNoProjects: 'This workbook has no projects (a table with “รหัสโครงการ” and “ชื่อโครงการ” columns).',
  fillConfirmTitle: 'Fill the forms',
  fillConfirmIntro: ({ count }) => `${plural(count, 'form', 'forms')} will be filled, one sheet per project.`,
  fillErrorsWarning: ({ count }) =>
    `Error-level findings in the data of ${plural(count, 'project', 'projects')}: their forms show the data as it is — correct it before handing them in.`,
  fillProjectErrors: ({ project, count }) => `${project}: ${plural(count, 'error', 'errors')}`,
  fillReplaces: ({ count }) => `${plural(count, 'form', 'forms')} filled earlier will be replaced (your own sheets are never touched):`,
  fillMore: ({ count }) => `and ${formatCount(count, 'en')} more`,
  fillAnyway: 'Fill anyway',
  fillReplace: 'Replace and fill',
  filledTitle: 'Forms filled',
  filled: ({ count, replaced, first }) =>
    `${plural(count, 'form sheet', 'form sheets')} filled${replaced > 0 ? ` (${formatCount(replaced, 'en')} replacing earlier ones)` : ''}, starting with “${first}”.`,
  fillNoPageLayoutTitle: 'Filled without page layout',
  fillNoPageLayout: 'This version of Excel lacks ExcelApi 1.9, so the forms were filled without their page layout (A4 portrait, margins, fit to one page wide, print area, header repeated on every page, page numbers), indents and shrink to fit. Set them in Page Layout before printing.',
  fillNoGridlines: 'This version of Excel lacks ExcelApi 1.8, so gridlines stay shown.',
  fillWithFindings: 'List each project’s findings beside its form (outside the print area)',
  fillExportButton: 'Export as a new workbook',
  fillExportIntro: 'Export: the same forms in a workbook of their own, page setup included; this workbook is not changed.',
  fillExporting: 'Making the workbook of forms…',
  fillExportConfirmIntro: ({ count }) => `The forms of ${plural(count, 'project', 'projects')} will be exported as a new workbook.`,
  fillExportAnyway: 'Export anyway',
  fillTemplate: 'Template',
  fillTemplateStandard: 'The standard form',
  fillTemplateSheet: 'A template sheet of this workbook (holding {{placeholders}})',
  fillTemplateChoose: 'Template sheet',
  fillLoadingTemplates: 'Looking for template sheets…',
  fillNoTemplates: 'No sheet of this workbook holds {{placeholders}}. Insert the starter template, or type placeholders into a sheet.',
  fillTemplateOption: ({ sheet, count }) => `${sheet} (${formatCount(count, 'en')} ${count === 1 ? 'placeholder' : 'placeholders'})`,
  fillPlaceholders: 'Placeholders a template may hold',
  fillInsertStarter: 'Insert starter template',
  fillStarterInserted: ({ sheet }) => `The starter template was inserted as a new sheet “${sheet}”. Edit it as you like, then fill from it.`,
  fillTemplateProblemsTitle: 'The template has mistakes: nothing was filled',
  fillNoTemplateChosen: 'No template sheet is chosen.',
  fillTemplateExportNote: 'Exporting as a new workbook is for the standard form only.',
  exportedTitle: 'Forms exported',
  exportedOpened: ({ count }) => `The forms of ${plural(count, 'project', 'projects')} are open in a new Excel workbook. Save it before closing it.`,
  exportedDownloaded: ({ count, fileName }) => `The forms of ${plural(count, 'project', 'projects')} were downloaded as “${fileName}”.`,

  noTablesTitle: 'No table found',
  noTables: 'No table with recognisable headers was found in this workbook. Put a header row within the first 20 rows, with headers such as “รหัสโครงการ” (project code), “ชื่อโครงการ” (project name) or “รายงานครั้งที่” (report no.).',
  errorTitle: 'Could not finish',
  genericError: 'Something went wrong while working with Excel. Try again; if it keeps happening, save and reopen the workbook.',
  errorDetail: ({ detail }) => `Details: ${detail}`,
  validatedTitle: 'Validation finished',
  noProblems: 'No problems found; no cell was marked.',
  markedWithNotes: ({ cells, sheet }) =>
    `Marked ${plural(cells, 'cell', 'cells')} with a fill and a note, and listed the findings on the sheet “${sheet}”.`,
  markedWithoutNotes: ({ cells, sheet }) =>
    `Marked ${plural(cells, 'cell', 'cells')} with a fill and listed the findings on the sheet “${sheet}”. ` +
    `This version of Excel does not support notes, so it shows the fills and the “${sheet}” sheet only.`,
  clearedTitle: 'Marks cleared',
  cleared: ({ count }) => `Restored the original format of ${plural(count, 'cell', 'cells')} and removed the findings sheet.`,
  clearedFixesStay: ({ count }) => (count === 1
    ? 'The fix you applied stays in its cell.'
    : `The ${formatCount(count, 'en')} fixes you applied stay in their cells.`),
  clearedFixesUndone: ({ count }) => `Undid ${plural(count, 'applied fix', 'applied fixes')}.`,
  clearedFixesKept: ({ count }) => `${plural(count, 'fix', 'fixes')} could not be undone: the cell was edited after the fix.`,
  clearTitle: 'Clear marks',
  clearIntro: 'Removes the fills and notes the checker added, puts each marked cell’s format back, and deletes the findings sheet. Fixes you applied stay unless you choose to undo them too.',
  clearUndoFixes: 'Also undo the applied fixes',
  clearUndoFixesHint: 'Each fixed cell gets its value back, unless it was edited after the fix.',
  dismiss: 'Dismiss',
};

export const UI_TEXT: Record<Language, UiText> = { th, en };
