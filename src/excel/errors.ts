/**
 * Office errors turned into CheckerErrors worded for the user, in Thai and
 * English (DESIGN §7: "a readable message, nothing half-done"). The Office
 * error stays as `cause` for the console; its stack never reaches the user.
 */
import { qualifiedAddress } from './addresses';
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

const PROTECTED_ACTION: Record<'mark' | 'fix', { th: string; en: string }> = {
  mark: { th: 'จึงทำเครื่องหมายไม่ได้', en: 'so it cannot be marked' },
  fix: { th: 'จึงแก้ค่าในเซลล์ไม่ได้', en: 'so the cell cannot be changed' },
};

/** Thrown before any write when a sheet the checker must change (to mark, or to apply or undo a fix) is protected. */
export function protectedSheetError(sheets: readonly string[], action: 'mark' | 'fix' = 'mark'): CheckerError {
  const names = quoted(sheets);
  const cannot = PROTECTED_ACTION[action];
  return new CheckerError('protected-sheet', withOutcome({
    th: `ชีต ${names.th} ถูกป้องกันไว้ ${cannot.th} โปรดยกเลิกการป้องกันชีต (รีวิว > ยกเลิกการป้องกันแผ่นงาน) แล้วลองใหม่`,
    en: `The sheet ${names.en} is protected, ${cannot.en}. Unprotect it (Review > Unprotect Sheet) and try again.`,
  }, 'unchanged'));
}

/** A sheet the operation needs is gone (deleted or renamed since the check). */
export function missingSheetError(sheet: string): CheckerError {
  return new CheckerError('host', {
    th: `ไม่พบชีต “${sheet}” อาจถูกลบหรือเปลี่ยนชื่อแล้ว โปรดตรวจสอบอีกครั้ง`,
    en: `The sheet '${sheet}' is not there any more (deleted or renamed?). Validate again.`,
  });
}

/** Asked to apply a finding that carries advice only, no value to write. */
export function noQuickFixError(): CheckerError {
  return new CheckerError('host', withOutcome({
    th: 'รายการนี้ไม่มีค่าที่แก้ให้อัตโนมัติได้ โปรดแก้ในเซลล์เองตามคำแนะนำ',
    en: 'This finding has no quick fix; correct the cell by hand as the advice says.',
  }, 'unchanged'));
}

/**
 * A quick fix (or its undo) was not written because the cell is not as expected:
 * it changed since the check, it holds a formula, or it was edited after the fix.
 */
export function cellChangedError(sheet: string, cell: string, reason: 'changed-since-check' | 'formula' | 'edited-after-fix'): CheckerError {
  const at = qualifiedAddress(sheet, cell);
  const text: Record<typeof reason, { th: string; en: string }> = {
    'changed-since-check': {
      th: `ค่าในเซลล์ ${at} เปลี่ยนไปหลังการตรวจสอบ จึงไม่ได้แก้ตามคำแนะนำ โปรดกด “ตรวจสอบทั้งสมุดงาน” อีกครั้ง`,
      en: `The cell ${at} has changed since it was checked, so the fix was not applied. Validate the workbook again.`,
    },
    formula: {
      th: `เซลล์ ${at} มีสูตรอยู่ การแก้ตามคำแนะนำจะทำให้สูตรหายไป จึงไม่ได้แก้ให้ โปรดแก้ที่สูตรหรือข้อมูลต้นทาง แล้วกด “ตรวจสอบทั้งสมุดงาน” อีกครั้ง`,
      en: `The cell ${at} holds a formula, which the fix would overwrite, so it was not applied. Correct the formula or its source, then validate the workbook again.`,
    },
    'edited-after-fix': {
      th: `เซลล์ ${at} ถูกแก้ไขอีกหลังจากแก้ตามคำแนะนำ จึงเลิกทำไม่ได้ เซลล์ยังคงเป็นค่าปัจจุบัน`,
      en: `The cell ${at} was edited after the fix, so the fix was not undone; the cell was left as it is.`,
    },
  };
  return new CheckerError('cell-changed', reason === 'edited-after-fix' ? text[reason] : withOutcome(text[reason], 'unchanged'));
}

/** Undo of a fix the log no longer holds (undone already, or beyond the log's bound). */
export function fixNotLoggedError(): CheckerError {
  return new CheckerError('cell-changed', withOutcome({
    th: 'ไม่พบการแก้ไขนี้ในบันทึกของเวิร์กบุ๊กแล้ว (อาจเลิกทำไปแล้ว) จึงเลิกทำไม่ได้',
    en: 'This fix is no longer in the workbook’s log (perhaps it was undone already), so it cannot be undone.',
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

/** Filling a custom template copies the sheet (ExcelApi 1.7) and pastes its repeat row (ExcelApi 1.9): `missing` names what this Excel lacks. */
export function templateUnsupportedError(missing: readonly string[]): CheckerError {
  const sets = missing.join(', ');
  return new CheckerError('unsupported', {
    th: `Excel รุ่นนี้กรอกแม่แบบไม่ได้ เพราะไม่มี ${sets} (การคัดลอกแผ่นงานต้องใช้ ExcelApi 1.7 การวางแถวซ้ำต้องใช้ ExcelApi 1.9) ใช้แบบฟอร์มมาตรฐาน หรือกรอกด้วยคำสั่ง report-checker fill --template แทน ไม่มีการเปลี่ยนแปลงใดในเวิร์กบุ๊ก`,
    en: `This version of Excel cannot fill a template: it lacks ${sets} (copying the sheet needs ExcelApi 1.7, repeating the report row ExcelApi 1.9). Fill the standard form, or use report-checker fill --template. Nothing in the workbook was changed.`,
  });
}
