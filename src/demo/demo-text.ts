/**
 * Every string the demo page itself shows (the task pane has its own), in Thai
 * and English; the page follows the language chosen in the pane.
 */
import type { Language } from '../excel/types';
import type { UnexpressibleChange } from '../xlsx/model-changes';

export interface DemoText {
  title: string;
  intro: string;
  toolbar: string;
  openFile: string;
  download: string;
  reset: string;
  loading: string;
  /** Where the grid will be, while the sample, or a file when no workbook is shown yet, is being opened. */
  openingSample: string;
  openingFile: (p: { name: string }) => string;
  workbook: (p: { name: string }) => string;
  openFailed: (p: { name: string }) => string;
  /** The page's reader of workbook files (a Web Worker) stopped before it said anything about the file. */
  readerStopped: string;
  downloadFailed: string;
  /** The download was written from the model alone: the file's own layout is not in it. */
  downloadFallbackTitle: string;
  downloadFallback: (p: { change: UnexpressibleChange }) => string;
  dismiss: string;
  sheets: string;
  sheetGrid: (p: { sheet: string }) => string;
  gridRegion: string;
  /** Only so many columns are drawn (every row is). */
  capped: (p: { columns: number; totalColumns: number }) => string;
  emptySheet: string;
  selectionNotShown: (p: { address: string }) => string;
  hasNote: string;
  goToLinkedCell: (p: { address: string }) => string;
}

const number = (lang: Language) => (n: number) => n.toLocaleString(lang === 'th' ? 'th-TH' : 'en-US');

/** What changed that the opened file could not take, in a few words. */
const UNEXPRESSIBLE: Record<Language, (change: UnexpressibleChange) => string> = {
  th: (change) => {
    switch (change.kind) {
      case 'sheet-renamed': return `ชีต "${change.sheet}" ถูกเปลี่ยนชื่อ`;
      case 'sheet-protection': return `การป้องกันของชีต "${change.sheet}" เปลี่ยนไป`;
      case 'frozen-panes': return `การตรึงแนวของชีต "${change.sheet}" เปลี่ยนไป`;
      case 'deleted-sheet': return `ชีต "${change.sheet}" ถูกลบ ขณะที่ส่วนอื่นของสมุดงานยังอ้างถึงชีตนี้`;
      case 'cell-formula': return `สูตรในเซลล์ ${change.sheet}!${change.cell} เปลี่ยนไป`;
      case 'cell-font': return `แบบอักษรของเซลล์ ${change.sheet}!${change.cell} เปลี่ยนไป`;
      case 'cell-link': return `ลิงก์ในเซลล์ ${change.sheet}!${change.cell} เปลี่ยนไป`;
      case 'cell-note': return `บันทึกย่อของเซลล์ ${change.sheet}!${change.cell} ซึ่งมีความคิดเห็นแบบเธรดเปลี่ยนไป`;
      case 'sheet-order': return 'ลำดับของชีตเปลี่ยนไป';
      case 'tables': return 'ตาราง Excel เปลี่ยนไป';
      case 'workbook-settings': return 'การตั้งค่าของสมุดงานเปลี่ยนไป';
      case 'package': return `โครงสร้างของไฟล์ไม่เป็นอย่างที่คาดไว้ (${change.detail})`;
    }
  },
  en: (change) => {
    switch (change.kind) {
      case 'sheet-renamed': return `Sheet "${change.sheet}" was renamed`;
      case 'sheet-protection': return `The protection of sheet "${change.sheet}" changed`;
      case 'frozen-panes': return `The frozen panes of sheet "${change.sheet}" changed`;
      case 'deleted-sheet': return `Sheet "${change.sheet}" was deleted while other parts of the workbook refer to it`;
      case 'cell-formula': return `A formula changed in cell ${change.sheet}!${change.cell}`;
      case 'cell-font': return `The font of cell ${change.sheet}!${change.cell} changed`;
      case 'cell-link': return `The link in cell ${change.sheet}!${change.cell} changed`;
      case 'cell-note': return `The note of cell ${change.sheet}!${change.cell}, which has a threaded comment, changed`;
      case 'sheet-order': return 'The sheets were put in another order';
      case 'tables': return 'An Excel table changed';
      case 'workbook-settings': return 'The workbook\'s settings changed';
      case 'package': return `The file is not laid out as expected (${change.detail})`;
    }
  },
};

export const DEMO_TEXT: Record<Language, DemoText> = {
  th: {
    title: 'สาธิตส่วนเสริมตรวจรายงานความก้าวหน้าโครงการ',
    intro: 'สมุดงานจำลองอยู่ในเบราว์เซอร์นี้เท่านั้น ไม่ต้องใช้ Excel และไม่มีข้อมูลใดถูกส่งออกไป',
    toolbar: 'คำสั่งของหน้าสาธิต',
    openFile: 'เปิดไฟล์ .xlsx…',
    download: 'ดาวน์โหลดสมุดงานที่ทำเครื่องหมายแล้ว',
    reset: 'กลับไปใช้ตัวอย่าง',
    loading: 'กำลังเปิดสมุดงาน…',
    openingSample: 'กำลังเปิดสมุดงานตัวอย่าง…',
    openingFile: ({ name }) => `กำลังเปิด ${name}…`,
    workbook: ({ name }) => `สมุดงาน: ${name}`,
    openFailed: ({ name }) => `เปิดไฟล์ ${name} ไม่ได้`,
    readerStopped: 'ตัวอ่านไฟล์ของหน้านี้หยุดทำงานก่อนอ่านไฟล์เสร็จ ไฟล์อาจไม่มีปัญหา ลองโหลดหน้านี้ใหม่แล้วเปิดอีกครั้ง',
    downloadFailed: 'สร้างไฟล์สำหรับดาวน์โหลดไม่ได้',
    downloadFallbackTitle: 'ดาวน์โหลดแล้ว แต่ไม่ได้คงรูปแบบของไฟล์เดิม',
    downloadFallback: ({ change }) =>
      `${UNEXPRESSIBLE.th(change)} ซึ่งนำไปใส่ในไฟล์ที่เปิดไว้ไม่ได้ จึงเขียนสมุดงานขึ้นใหม่: ค่า เครื่องหมาย บันทึกย่อ และชีตยังอยู่ครบ `
      + 'แต่ความกว้างคอลัมน์ เส้นขอบ การจัดแนว ตัวกรอง การตั้งค่าหน้ากระดาษ แผนภูมิ และ PivotTable ของไฟล์เดิมไม่ได้อยู่ในไฟล์นี้',
    dismiss: 'ปิด',
    sheets: 'ชีตในสมุดงาน',
    sheetGrid: ({ sheet }) => `ชีต ${sheet}`,
    gridRegion: 'สมุดงาน',
    capped: ({ columns, totalColumns }) =>
      `แสดง ${number('th')(columns)} คอลัมน์แรกจากทั้งหมด ${number('th')(totalColumns)} คอลัมน์ (การตรวจสอบครอบคลุมทั้งชีต)`,
    emptySheet: 'ชีตนี้ว่าง',
    selectionNotShown: ({ address }) => `เซลล์ที่เลือก (${address}) อยู่นอกช่วงที่แสดง`,
    hasNote: 'มีบันทึกย่อ',
    goToLinkedCell: ({ address }) => `ไปที่เซลล์ ${address}`,
  },
  en: {
    title: 'Project Report Checker — demo',
    intro: 'A simulated workbook that lives only in this browser: no Excel needed, nothing is sent anywhere.',
    toolbar: 'Demo commands',
    openFile: 'Open .xlsx…',
    download: 'Download marked workbook',
    reset: 'Reset sample',
    loading: 'Opening the workbook…',
    openingSample: 'Opening the sample workbook…',
    openingFile: ({ name }) => `Opening ${name}…`,
    workbook: ({ name }) => `Workbook: ${name}`,
    openFailed: ({ name }) => `Could not open ${name}`,
    readerStopped: 'The page\'s file reader stopped before it finished reading the file; the file itself may be fine. Reload the page and open it again.',
    downloadFailed: 'Could not build the file to download',
    downloadFallbackTitle: 'Downloaded without the layout of the file opened',
    downloadFallback: ({ change }) =>
      `${UNEXPRESSIBLE.en(change)}, which cannot be applied to the file you opened, so the workbook was written anew: its values, marks, notes and sheets are all there, `
      + 'but the original column widths, borders, alignment, filters, page setup, charts and pivot tables are not.',
    dismiss: 'Dismiss',
    sheets: 'Sheets of the workbook',
    sheetGrid: ({ sheet }) => `Sheet ${sheet}`,
    gridRegion: 'Workbook',
    capped: ({ columns, totalColumns }) =>
      `Showing the first ${number('en')(columns)} of ${number('en')(totalColumns)} columns (validation covers the whole sheet).`,
    emptySheet: 'This sheet is empty',
    selectionNotShown: ({ address }) => `The selected cell (${address}) is beyond the part of the sheet shown.`,
    hasNote: 'Has a note',
    goToLinkedCell: ({ address }) => `Go to cell ${address}`,
  },
};
