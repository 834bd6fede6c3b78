import { ALL_FIELDS, type Field } from '../core/model';
import type { WorkbookOverrides } from '../core/validate';
import { CliError } from './usage';

const COLUMN = /^[A-Z]{1,3}$/;
/** Excel's last column, XFD. */
const LAST_COLUMN_NUMBER = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

/**
 * `--map "SHEET!COL=field"` options as per-sheet column overrides, the same the pane's
 * mapping makes: `parseColumnMaps(["'รายงาน 2563'!F=disbursedToDate", 'Reports!G=none'])`.
 * `none` (or nothing after `=`) leaves a column unmapped. A malformed one is a CliError.
 */
export function parseColumnMaps(maps: readonly string[]): WorkbookOverrides {
  const overrides: WorkbookOverrides = {};
  for (const map of maps) {
    const bang = map.lastIndexOf('!');
    const equals = map.indexOf('=', bang + 1);
    if (bang <= 0 || equals < 0) throw new CliError(`--map "${map}" should be SHEET!COLUMN=field, e.g. --map "Reports!F=disbursedToDate"`);
    let sheet = map.slice(0, bang).trim();
    if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    const column = map.slice(bang + 1, equals).trim().toUpperCase();
    const fieldText = map.slice(equals + 1).trim();
    if (!COLUMN.test(column) || columnNumber(column) > LAST_COLUMN_NUMBER) {
      throw new CliError(`--map "${map}": "${column}" is not a column letter (A to XFD)`);
    }
    let field: Field | null = null;
    if (fieldText !== '' && fieldText !== 'none') {
      field = ALL_FIELDS.find((f) => f.toLowerCase() === fieldText.toLowerCase()) ?? null;
      if (field === null) throw new CliError(`--map "${map}": unknown field "${fieldText}" (one of ${ALL_FIELDS.join(', ')}, or none)`);
    }
    const override = (overrides[sheet] ??= {});
    (override.columns ??= {})[column] = field;
  }
  return overrides;
}

/** Sheets a --map names that no file read has (a typo would otherwise change nothing, silently). */
export function unknownMappedSheets(overrides: WorkbookOverrides, sheets: ReadonlySet<string>): string[] {
  return Object.keys(overrides).filter((sheet) => !sheets.has(sheet));
}
