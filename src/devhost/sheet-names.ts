/**
 * Excel's rules for worksheet names (support.microsoft.com "Rename a worksheet";
 * the Office.js reference for WorksheetCollection.add): not blank, at most 31
 * characters, none of `[ ] : * ? / \`, not starting or ending with an
 * apostrophe, and unique ignoring case. Excel also reserves "History".
 */
export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN_CHARACTERS = /[[\]:*?/\\]/;

/** Why Excel would refuse the name, or undefined when it is acceptable. */
export function sheetNameProblem(name: string, existingNames: readonly string[]): string | undefined {
  if (typeof name !== 'string' || name.trim() === '') return 'a sheet name cannot be blank';
  if (name.length > MAX_SHEET_NAME_LENGTH) return `a sheet name has at most ${MAX_SHEET_NAME_LENGTH} characters`;
  if (FORBIDDEN_CHARACTERS.test(name)) return 'a sheet name cannot contain [ ] : * ? / \\';
  if (name.startsWith("'") || name.endsWith("'")) return 'a sheet name cannot begin or end with an apostrophe';
  if (name.toLocaleUpperCase() === 'HISTORY') return '"History" is reserved by Excel';
  const wanted = name.toLocaleUpperCase();
  if (existingNames.some((existing) => existing.toLocaleUpperCase() === wanted)) return 'a sheet with this name already exists';
  return undefined;
}

/** True when the only problem is a clash with an existing name (Excel: ItemAlreadyExists, not InvalidArgument). */
export function isDuplicateSheetName(name: string, existingNames: readonly string[]): boolean {
  return sheetNameProblem(name, []) === undefined && sheetNameProblem(name, existingNames) !== undefined;
}
