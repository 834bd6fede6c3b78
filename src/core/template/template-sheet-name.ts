import { MAX_SHEET_NAME_LENGTH, safeSheetName } from '../output/sheet-name';
import { takesNoWidth } from '../output/text-measure';

/**
 * The sheet name wanted for a project's copy of a template: the template's name and the project
 * code, the template's name cut (never between a Thai letter and its marks) so the code always
 * fits in Excel's 31 characters; the writer makes it unique.
 * `templateSheetName('แม่แบบ', '03000000-2457')` → `แม่แบบ 03000000-2457`.
 */
export function templateSheetName(template: string, code: string): string {
  const name = safeSheetName(template, '');
  let end = Math.max(0, Math.min(name.length, MAX_SHEET_NAME_LENGTH - code.length - 1));
  while (end > 0 && end < name.length && (takesNoWidth(name[end]) || /[\udc00-\udfff]/.test(name[end]))) end--;
  const head = name.slice(0, end).trim();
  return safeSheetName(head === '' ? code : `${head} ${code}`, code === '' ? 'Sheet1' : code);
}
