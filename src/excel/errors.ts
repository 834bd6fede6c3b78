/**
 * Office errors turned into CheckerErrors worded for the user, in Thai and
 * English (DESIGN §7: "a readable message, nothing half-done"). The Office
 * error stays as `cause` for the console; its stack never reaches the user.
 */
import { CheckerError } from './types';

/** What became of the workbook when the operation failed; said at the end of the message. */
export type FailureOutcome = 'unchanged' | 'restored' | 'partial';

const OUTCOME_TEXT: Record<FailureOutcome, { th: string; en: string }> = {
  unchanged: { th: 'ไม่มีการเปลี่ยนแปลงใดในเวิร์กบุ๊ก', en: 'Nothing in the workbook was changed.' },
  restored: {
    th: 'ระบบลบเครื่องหมายที่ทำไปแล้วออก เซลล์กลับเป็นเหมือนก่อนการตรวจสอบ',
    en: 'The marks made so far were removed; the cells are as they were before the check.',
  },
  partial: {
    th: 'อาจยังมีเครื่องหมายค้างอยู่บางเซลล์ โปรดกด “ล้างเครื่องหมาย” อีกครั้ง',
    en: 'Some marks may remain: choose “Clear marks” again.',
  },
};

function withOutcome(text: { th: string; en: string }, outcome: FailureOutcome | undefined): { th: string; en: string } {
  if (!outcome) return text;
  return { th: `${text.th} ${OUTCOME_TEXT[outcome].th}`, en: `${text.en} ${OUTCOME_TEXT[outcome].en}` };
}

function quoted(names: readonly string[]): { th: string; en: string } {
  return { th: names.map((name) => `“${name}”`).join(', '), en: names.map((name) => `'${name}'`).join(', ') };
}

/** Thrown before any write when a sheet the checker must change is protected. */
export function protectedSheetError(sheets: readonly string[]): CheckerError {
  const names = quoted(sheets);
  return new CheckerError('protected-sheet', withOutcome({
    th: `ชีต ${names.th} ถูกป้องกันไว้ จึงทำเครื่องหมายไม่ได้ โปรดยกเลิกการป้องกันชีต (รีวิว > ยกเลิกการป้องกันแผ่นงาน) แล้วลองใหม่`,
    en: `The sheet ${names.en} is protected, so it cannot be marked. Unprotect it (Review > Unprotect Sheet) and try again.`,
  }, 'unchanged'));
}

/** The host lacks an API the checker needs (an older Excel). */
export function unsupportedError(version: string, options?: { cause?: unknown }, outcome?: FailureOutcome): CheckerError {
  return new CheckerError('unsupported', withOutcome({
    th: `Excel รุ่นนี้ไม่มีความสามารถที่ตัวตรวจสอบต้องใช้ (ExcelApi ${version}) โปรดใช้ Microsoft 365 หรือ Excel บนเว็บ`,
    en: `This version of Excel lacks a feature the checker needs (ExcelApi ${version}). Use Microsoft 365 or Excel on the web.`,
  }, outcome), options);
}

/** The stored settings do not parse (someone edited the hidden sheet, or a newer version wrote it). */
export function invalidSettingsError(detail: string): CheckerError {
  return new CheckerError('host', {
    th: `การตั้งค่าที่บันทึกไว้ในเวิร์กบุ๊กไม่ถูกต้อง (${detail}) โปรดตรวจการตั้งค่าแล้วบันทึกใหม่ ไม่มีการเปลี่ยนแปลงใดในเวิร์กบุ๊ก`,
    en: `The settings stored in this workbook are invalid (${detail}). Check the settings and save them again. Nothing in the workbook was changed.`,
  });
}

function officeCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True for the host's "the answer (or the request) is too big" refusals: a read may be split and retried. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeCode(error);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

/**
 * Any failure as a CheckerError; `outcome` says what became of the workbook.
 * `toCheckerError(officeError, 'restored')`.
 */
export function toCheckerError(error: unknown, outcome?: FailureOutcome): CheckerError {
  if (error instanceof CheckerError) return error;
  const code = officeCode(error);
  const cause = { cause: error };
  switch (code) {
    case 'AccessDenied':
      return new CheckerError('protected-sheet', withOutcome({
        th: 'Excel ไม่อนุญาตให้แก้ไข อาจเป็นเพราะชีตหรือเวิร์กบุ๊กถูกป้องกันไว้ โปรดยกเลิกการป้องกันแล้วลองใหม่',
        en: 'Excel refused the change, probably because a sheet or the workbook is protected. Unprotect it and try again.',
      }, outcome), cause);
    case 'ApiNotFound':
      return unsupportedError('1.9', cause, outcome);
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RangeExceedsLimit':
      return new CheckerError('too-large', withOutcome({
        th: 'ข้อมูลใหญ่เกินกว่าที่ Excel ส่งได้ในครั้งเดียว โปรดแบ่งข้อมูลเป็นหลายเวิร์กบุ๊กหรือใช้ Excel บนเดสก์ท็อป',
        en: 'The data is larger than Excel can pass in one go. Split it over several workbooks or use Excel on the desktop.',
      }, outcome), cause);
    default: {
      const detail = code ?? (error instanceof Error ? error.name : 'unknown');
      return new CheckerError('host', withOutcome({
        th: `Excel ทำงานไม่สำเร็จ (${detail})`,
        en: `Excel could not finish the operation (${detail}).`,
      }, outcome), cause);
    }
  }
}
