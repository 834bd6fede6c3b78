/**
 * Every string the demo page itself shows (the task pane has its own), in Thai
 * and English; the page follows the language chosen in the pane.
 */
import type { Language } from '../excel/types';

export interface DemoText {
  title: string;
  intro: string;
  toolbar: string;
  openFile: string;
  download: string;
  reset: string;
  loading: string;
  workbook: (p: { name: string }) => string;
  openFailed: (p: { name: string }) => string;
  downloadFailed: string;
  dismiss: string;
  sheets: string;
  sheetGrid: (p: { sheet: string }) => string;
  gridRegion: string;
  capped: (p: { rows: number; totalRows: number; columns: number; totalColumns: number }) => string;
  emptySheet: string;
  selectionNotShown: (p: { address: string }) => string;
  hasNote: string;
  goToLinkedCell: (p: { address: string }) => string;
}

const number = (lang: Language) => (n: number) => n.toLocaleString(lang === 'th' ? 'th-TH' : 'en-US');

export const DEMO_TEXT: Record<Language, DemoText> = {
  th: {
    title: 'สาธิตส่วนเสริมตรวจรายงานความก้าวหน้าโครงการ',
    intro: 'สมุดงานจำลองอยู่ในเบราว์เซอร์นี้เท่านั้น ไม่ต้องใช้ Excel และไม่มีข้อมูลใดถูกส่งออกไป',
    toolbar: 'คำสั่งของหน้าสาธิต',
    openFile: 'เปิดไฟล์ .xlsx…',
    download: 'ดาวน์โหลดสมุดงานที่ทำเครื่องหมายแล้ว',
    reset: 'กลับไปใช้ตัวอย่าง',
    loading: 'กำลังเปิดสมุดงาน…',
    workbook: ({ name }) => `สมุดงาน: ${name}`,
    openFailed: ({ name }) => `เปิดไฟล์ ${name} ไม่ได้`,
    downloadFailed: 'สร้างไฟล์สำหรับดาวน์โหลดไม่ได้',
    dismiss: 'ปิด',
    sheets: 'ชีตในสมุดงาน',
    sheetGrid: ({ sheet }) => `ชีต ${sheet}`,
    gridRegion: 'สมุดงาน',
    capped: ({ rows, totalRows, columns, totalColumns }) =>
      `แสดง ${number('th')(rows)} แถวแรกจากทั้งหมด ${number('th')(totalRows)} แถว และ ${number('th')(columns)} คอลัมน์แรกจาก ${number('th')(totalColumns)} คอลัมน์ (การตรวจสอบครอบคลุมทั้งชีต)`,
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
    workbook: ({ name }) => `Workbook: ${name}`,
    openFailed: ({ name }) => `Could not open ${name}`,
    downloadFailed: 'Could not build the file to download',
    dismiss: 'Dismiss',
    sheets: 'Sheets of the workbook',
    sheetGrid: ({ sheet }) => `Sheet ${sheet}`,
    gridRegion: 'Workbook',
    capped: ({ rows, totalRows, columns, totalColumns }) =>
      `Showing the first ${number('en')(rows)} of ${number('en')(totalRows)} rows and ${number('en')(columns)} of ${number('en')(totalColumns)} columns (validation covers the whole sheet).`,
    emptySheet: 'This sheet is empty',
    selectionNotShown: ({ address }) => `The selected cell (${address}) is beyond the part of the sheet shown.`,
    hasNote: 'Has a note',
    goToLinkedCell: ({ address }) => `Go to cell ${address}`,
  },
};
