/** A mistake in how the CLI was called or what it was given: one line, exit 2. */
export class CliError extends Error {}

export const USAGE = `Usage:
  report-checker validate FILE.xlsx|FILE.csv... [--format text|json] [--lang th|en] [--out ANNOTATED.xlsx [--force]] [--config FILE.json] [--map "SHEET!COLUMN=field"]...
  report-checker fill FILE.xlsx|FILE.csv (--project CODE... | --all) [--template standard|SHEET|TEMPLATE.xlsx] --out OUT.xlsx [--force] [--forms-only] [--lang th|en] [--findings] [--config FILE.json] [--map "SHEET!COLUMN=field"]...
  report-checker consolidate FILE|FOLDER... --out OUT.xlsx [--force] [--since EARLIER.xlsx] [--format text|json] [--lang th|en] [--config FILE.json]
  report-checker sample --out FILE.xlsx
  report-checker --help

--out writes an annotated copy (never the input); an existing file is replaced only with --force.
fill writes a copy of FILE with the standard form (or a template sheet holding {{placeholders}}) of each project as a sheet; --findings lists the project's findings beside the standard form; --forms-only writes the standard forms as a workbook of their own.
consolidate merges every .xlsx, .csv and printed-form .txt (folders read recursively) into one checked workbook with the source of every row; with --force on an earlier OUT.xlsx, or --since, it also says what changed.
Exit codes: 0 no errors found, 1 errors found, 2 bad usage or unreadable file.`;


/** The usage of one command: its line and the notes, for `report-checker COMMAND --help`. */
export function commandUsage(command: string): string {
  const [, ...lines] = USAGE.split('\n');
  const own = lines.filter((line) => line.startsWith(`  report-checker ${command} `));
  const notes = lines.filter((line) => line !== '' && !line.startsWith('  '));
  return ['Usage:', ...own, '', ...notes].join('\n');
}
