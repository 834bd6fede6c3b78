/**
 * The Consolidate section's own texts in Thai and English. Kept beside the section rather than in
 * i18n.ts so they load with it, on demand; its heading and open button are in i18n.ts.
 */
import type { SheetKind } from '../../../core/consolidate/read-source';
import type { Language } from '../../../excel/types';
import { formatCount } from '../../i18n';
import type { ColumnStatus } from '../../session/consolidation-sources';

interface Count { count: number }

export interface ConsolidateText {
  intro: string;
  workbookHeading: string;
  workbookHint: string;
  /** A sheet's checkbox label: its name and size. */
  sheetChoice: (p: { sheet: string; rows: number }) => string;
  hiddenSheet: string;
  noWorkbookSheets: string;
  addSheets: string;
  thisWorkbook: string;
  filesHeading: string;
  chooseFiles: string;
  filesHint: string;
  dropHere: string;
  readingFiles: (p: { done: number; total: number }) => string;
  readingSheets: string;

  previewHeading: (p: Count) => string;
  previewIntro: string;
  sourceRows: (p: { projects: number; reports: number }) => string;
  kind: Record<SheetKind, string>;
  sheetOfSource: (p: { sheet: string }) => string;
  status: Record<ColumnStatus, string>;
  /** A column's line in the preview (its status follows it): what the field's dropdown is named by. */
  columnLabel: (p: { column: string; text: string }) => string;
  blankHeader: string;
  saveVocabulary: string;
  saveVocabularyFor: (p: { file: string }) => string;
  saveVocabularyHint: string;
  remove: string;
  removeSource: (p: { file: string }) => string;
  unreadable: string;

  run: string;
  running: string;
  /** The run's progress: what it is doing (the bar's label), and how far (beneath it). */
  merging: string;
  mergingFiles: (p: { done: number; total: number }) => string;
  checking: string;
  checkingSteps: (p: { done: number; total: number }) => string;
  writingSheet: (p: { sheet: number; sheets: number; name: string }) => string;
  writingRows: (p: { rows: number; total: number }) => string;
  written: string;
  nothingToRun: string;
  replaceTitle: string;
  replaceIntro: (p: { sheets: string }) => string;
  replace: string;
  keepBoth: string;
  doneTitle: string;
  doneSummary: (p: { projects: number; reports: number; conflicts: number; agencies: number }) => string;
  writtenSheets: (p: { sheets: string }) => string;
  findingsHeading: (p: Count) => string;
  noFindings: string;
  sourceOf: (p: { file: string; sheet?: string; row: number; cell?: string }) => string;
  moreFindings: (p: Count) => string;
  failedTitle: string;
}

const th: ConsolidateText = {
  intro: 'รวมตารางโครงการและรายงานจากแผ่นงานในสมุดงานนี้หรือจากไฟล์ของหน่วยงานต่าง ๆ ไว้ในแผ่นงานใหม่ ทุกแถวระบุไฟล์ แผ่นงาน และแถวต้นทาง ข้อมูลต้นทางไม่ถูกแก้ไข',
  workbookHeading: 'แผ่นงานในสมุดงานนี้',
  workbookHint: 'เลือกแผ่นงานที่ต้องการรวม',
  sheetChoice: ({ sheet, rows }) => `${sheet} (${formatCount(rows, 'th')} แถว)`,
  hiddenSheet: 'ซ่อนอยู่',
  noWorkbookSheets: 'ไม่มีแผ่นงานที่มีข้อมูล',
  addSheets: 'เพิ่มแผ่นงานที่เลือก',
  thisWorkbook: 'สมุดงานนี้',
  filesHeading: 'ไฟล์จากหน่วยงาน',
  chooseFiles: 'เลือกไฟล์…',
  filesHint: 'ไฟล์ .xlsx, .csv หรือแบบฟอร์มที่พิมพ์จากระบบ (.txt) เลือกได้หลายไฟล์พร้อมกัน',
  dropHere: 'หรือลากไฟล์มาวางที่นี่',
  readingFiles: ({ done, total }) => `กำลังอ่านไฟล์ ${formatCount(done, 'th')} จาก ${formatCount(total, 'th')}…`,
  readingSheets: 'กำลังอ่านแผ่นงาน…',

  previewHeading: ({ count }) => `แหล่งข้อมูล ${formatCount(count, 'th')} แหล่ง`,
  previewIntro: 'ตรวจดูว่าแต่ละคอลัมน์ถูกอ่านเป็นข้อมูลใด แก้ไขได้ก่อนรวม',
  sourceRows: ({ projects, reports }) => `โครงการ ${formatCount(projects, 'th')} แถว รายงาน ${formatCount(reports, 'th')} แถว`,
  kind: { table: 'ตาราง', form: 'แบบฟอร์มมาตรฐาน', 'printed-form': 'แบบฟอร์มที่พิมพ์จากระบบ', none: 'ไม่พบตาราง' },
  sheetOfSource: ({ sheet }) => `แผ่นงาน ${sheet}`,
  status: { recognised: 'รู้จัก', guessed: 'เดา', unknown: 'ไม่ทราบ', chosen: 'เลือกเอง' },
  columnLabel: ({ column, text }) => `คอลัมน์ ${column} “${text}”`,
  blankHeader: 'ไม่มีหัวคอลัมน์',
  saveVocabulary: 'บันทึกเป็นคำศัพท์ของหน่วยงานนี้',
  saveVocabularyFor: ({ file }) => `บันทึกเป็นคำศัพท์ของหน่วยงานนี้ (${file})`,
  saveVocabularyHint: 'ไฟล์ตั้งค่า JSON ที่ใช้กับคำสั่ง report-checker --config ได้',
  remove: 'นำออก',
  removeSource: ({ file }) => `นำออก: ${file}`,
  unreadable: 'อ่านไฟล์ไม่ได้',

  run: 'รวบรวมข้อมูล',
  running: 'กำลังรวบรวมข้อมูล…',
  merging: 'กำลังรวมแถวข้อมูลของแต่ละหน่วยงาน…',
  mergingFiles: ({ done, total }) => `ไฟล์ ${formatCount(done, 'th')} จาก ${formatCount(total, 'th')}`,
  checking: 'กำลังตรวจตารางที่รวบรวม…',
  checkingSteps: ({ done, total }) => `ขั้นที่ ${formatCount(done, 'th')} จาก ${formatCount(total, 'th')}`,
  writingSheet: ({ sheet, sheets, name }) => `กำลังเขียนแผ่นงานที่ ${formatCount(sheet, 'th')} จาก ${formatCount(sheets, 'th')}: ${name}…`,
  writingRows: ({ rows, total }) => `เขียนแล้ว ${formatCount(rows, 'th')} จาก ${formatCount(total, 'th')} แถว`,
  written: 'เขียนผลเสร็จแล้ว',
  nothingToRun: 'ไม่มีแหล่งข้อมูลใดที่มีตารางโครงการหรือรายงาน แบบฟอร์มมาตรฐาน หรือแบบฟอร์มที่พิมพ์จากระบบ',
  replaceTitle: 'แทนที่ผลการรวบรวมครั้งก่อนหรือไม่',
  replaceIntro: ({ sheets }) => `สมุดงานนี้มีแผ่นงานจากการรวบรวมครั้งก่อน: ${sheets} “แทนที่” จะลบแผ่นงานเหล่านี้เท่านั้น แผ่นงานอื่นของคุณจะไม่ถูกแตะต้อง “เก็บทั้งสองชุด” จะเขียนผลใหม่ในแผ่นงานชื่อใหม่`,
  replace: 'แทนที่',
  keepBoth: 'เก็บทั้งสองชุด',
  doneTitle: 'รวบรวมข้อมูลเสร็จแล้ว',
  doneSummary: ({ projects, reports, conflicts, agencies }) =>
    `โครงการ ${formatCount(projects, 'th')} แถว รายงาน ${formatCount(reports, 'th')} แถว ข้อมูลขัดแย้ง ${formatCount(conflicts, 'th')} รายการ จาก ${formatCount(agencies, 'th')} หน่วยงาน`,
  writtenSheets: ({ sheets }) => `เขียนผลไว้ในแผ่นงาน ${sheets}`,
  findingsHeading: ({ count }) => `ผลการตรวจตารางที่รวบรวม ${formatCount(count, 'th')} รายการ`,
  noFindings: 'ไม่พบปัญหาในตารางที่รวบรวม',
  sourceOf: ({ file, sheet, row, cell }) => `ต้นทาง: ${file}${sheet ? ` › ${sheet}` : ''} › แถว ${formatCount(row, 'th')}${cell ? ` (${cell})` : ''}`,
  moreFindings: ({ count }) => `และอีก ${formatCount(count, 'th')} รายการ ดูได้ในแผ่นงานที่รวบรวม`,
  failedTitle: 'รวบรวมข้อมูลไม่สำเร็จ',
};

const en: ConsolidateText = {
  intro: 'Combine the project and report tables of this workbook’s sheets or of agencies’ files into new sheets. Every row names its source file, sheet and row; the sources are never changed.',
  workbookHeading: 'Sheets of this workbook',
  workbookHint: 'Tick the sheets to consolidate.',
  sheetChoice: ({ sheet, rows }) => `${sheet} (${formatCount(rows, 'en')} ${rows === 1 ? 'row' : 'rows'})`,
  hiddenSheet: 'hidden',
  noWorkbookSheets: 'No sheet holds data.',
  addSheets: 'Add the ticked sheets',
  thisWorkbook: 'This workbook',
  filesHeading: 'Files from agencies',
  chooseFiles: 'Choose files…',
  filesHint: '.xlsx, .csv, or the printed form as text (.txt); pick several at once.',
  dropHere: 'or drop files here',
  readingFiles: ({ done, total }) => `Reading file ${formatCount(done, 'en')} of ${formatCount(total, 'en')}…`,
  readingSheets: 'Reading the sheets…',

  previewHeading: ({ count }) => `${formatCount(count, 'en')} ${count === 1 ? 'source' : 'sources'}`,
  previewIntro: 'Check what each column was read as; correct it before consolidating.',
  sourceRows: ({ projects, reports }) => `${formatCount(projects, 'en')} project ${projects === 1 ? 'row' : 'rows'}, ${formatCount(reports, 'en')} report ${reports === 1 ? 'row' : 'rows'}`,
  kind: { table: 'table', form: 'standard form', 'printed-form': 'printed form', none: 'no table found' },
  sheetOfSource: ({ sheet }) => `Sheet ${sheet}`,
  status: { recognised: 'recognised', guessed: 'guessed', unknown: 'unknown', chosen: 'your choice' },
  columnLabel: ({ column, text }) => `Column ${column} “${text}”`,
  blankHeader: 'no header',
  saveVocabulary: 'Save as this agency’s vocabulary',
  saveVocabularyFor: ({ file }) => `Save as this agency’s vocabulary (${file})`,
  saveVocabularyHint: 'A JSON config file for report-checker --config.',
  remove: 'Remove',
  removeSource: ({ file }) => `Remove ${file}`,
  unreadable: 'Could not be read',

  run: 'Consolidate',
  running: 'Consolidating…',
  merging: 'Merging the agencies’ rows…',
  mergingFiles: ({ done, total }) => `File ${formatCount(done, 'en')} of ${formatCount(total, 'en')}`,
  checking: 'Checking the consolidated tables…',
  checkingSteps: ({ done, total }) => `Step ${formatCount(done, 'en')} of ${formatCount(total, 'en')}`,
  writingSheet: ({ sheet, sheets, name }) => `Writing sheet ${formatCount(sheet, 'en')} of ${formatCount(sheets, 'en')}: ${name}…`,
  writingRows: ({ rows, total }) => `${formatCount(rows, 'en')} of ${formatCount(total, 'en')} rows written`,
  written: 'Written',
  nothingToRun: 'None of the sources holds a project or report table, a standard form or a printed form.',
  replaceTitle: 'Replace the earlier consolidation?',
  replaceIntro: ({ sheets }) => `This workbook holds the sheets of an earlier consolidation: ${sheets}. Replace deletes only those sheets; your other sheets are not touched. Keep both writes the new result into sheets with new names.`,
  replace: 'Replace',
  keepBoth: 'Keep both',
  doneTitle: 'Consolidated',
  doneSummary: ({ projects, reports, conflicts, agencies }) =>
    `${formatCount(projects, 'en')} project rows, ${formatCount(reports, 'en')} report rows, ${formatCount(conflicts, 'en')} conflicts, from ${formatCount(agencies, 'en')} ${agencies === 1 ? 'agency' : 'agencies'}.`,
  writtenSheets: ({ sheets }) => `Written to the sheets ${sheets}.`,
  findingsHeading: ({ count }) => `${formatCount(count, 'en')} ${count === 1 ? 'finding' : 'findings'} in the consolidated tables`,
  noFindings: 'No findings in the consolidated tables.',
  sourceOf: ({ file, sheet, row, cell }) => `Source: ${file}${sheet ? ` › ${sheet}` : ''} › row ${formatCount(row, 'en')}${cell ? ` (${cell})` : ''}`,
  moreFindings: ({ count }) => `and ${formatCount(count, 'en')} more; see the consolidated sheets`,
  failedTitle: 'Consolidation failed',
};

export const CONSOLIDATE_TEXT: Record<Language, ConsolidateText> = { th, en };
