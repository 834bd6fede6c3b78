/**
 * The config file the pane saves from the user's mappings (DESIGN §6: a config's `headers` is an
 * agency's own vocabulary) — the file `report-checker validate --config` takes, so a column
 * mapped by hand once is read right in every later workbook of the agency.
 */
import { DEFAULT_CONFIG, RuleConfig, type Field, type RuleConfigInput, type Thresholds } from '../../core/model';
import type { CheckerSettings, TableInfo } from '../../excel/types';

/** The name the file is offered under. */
export const MAPPING_CONFIG_FILE_NAME = 'report-checker-config.json';

/**
 * Header text → field for every column the user mapped by hand (the workbook's overrides) on a
 * table of the last validation, after the vocabulary the settings already hold. A column set to
 * "not mapped" has no entry (the vocabulary maps texts to fields only); a text mapped to two
 * fields keeps the first, in sheet order.
 */
function mappedHeaders(tables: readonly TableInfo[], settings: CheckerSettings, known: Record<string, Field>): Record<string, Field> {
  const byHand: Record<string, Field> = {};
  for (const table of tables) {
    const columns = settings.overrides[table.sheet]?.columns ?? {};
    for (const header of table.headers) {
      const field = columns[header.column];
      const text = header.text.trim();
      if (!field || text === '' || text in byHand) continue;
      byHand[text] = field;
    }
  }
  return { ...known, ...byHand };
}

/** The thresholds that differ from the defaults. */
function changedThresholds(thresholds: Thresholds): Partial<Thresholds> {
  const changed: Partial<Thresholds> = {};
  for (const name of Object.keys(thresholds) as (keyof Thresholds)[]) {
    if (thresholds[name] !== DEFAULT_CONFIG.thresholds[name]) changed[name] = thresholds[name];
  }
  return changed;
}

/**
 * `{ headers: { "<header text>": "<field>" } }`, plus the code pattern, thresholds, disabled rules
 * and severities where the workbook's settings differ from the defaults.
 * `mappingConfig(summary.tables, settings)`.
 */
export function mappingConfig(tables: readonly TableInfo[], settings: CheckerSettings): RuleConfigInput {
  const parsed = RuleConfig.safeParse(settings.config);
  // Settings the checker would refuse are not copied; the mappings still are.
  const config = parsed.success ? parsed.data : DEFAULT_CONFIG;
  const file: RuleConfigInput = { headers: mappedHeaders(tables, settings, config.headers) };
  if (config.codePattern !== DEFAULT_CONFIG.codePattern) file.codePattern = config.codePattern;
  const thresholds = changedThresholds(config.thresholds);
  if (Object.keys(thresholds).length > 0) file.thresholds = thresholds;
  if (config.disabledRules.length > 0) file.disabledRules = [...config.disabledRules];
  if (Object.keys(config.severity).length > 0) file.severity = { ...config.severity };
  return file;
}

/** The file's text: indented JSON ending in a newline. */
export function mappingConfigText(tables: readonly TableInfo[], settings: CheckerSettings): string {
  return `${JSON.stringify(mappingConfig(tables, settings), null, 2)}\n`;
}
