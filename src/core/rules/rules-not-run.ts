import { FIELD_LABEL, REQUIRED_FIELDS, type Field, type RuleId } from '../model';
import { fieldsOfRole, mappedFields, needFields, unmetNeeds } from './coverage';
import { DISBURSEMENT, defineRule, type Finding } from './rule';

/** A column of the table that may hold the missing field (its header's candidates). */
interface PossibleColumn {
  column: string;
  text: string;
  field: Field;
}

interface RulesNotRunParams {
  sheet: string;
  /** What is missing, worded: one field, or the disbursement figures (any of two). */
  label: { th: string; en: string };
  fields: Field[];
  rules: RuleId[];
  columns: PossibleColumn[];
}

/** The words for a need: `ยอดเบิกจ่าย` / `disbursement` for either disbursement figure. */
function needLabel(fields: readonly Field[]): { th: string; en: string } {
  if (fields.length === DISBURSEMENT.length && DISBURSEMENT.every((f) => fields.includes(f))) {
    return { th: 'ยอดเบิกจ่าย', en: 'Disbursement' };
  }
  return {
    th: fields.map((f) => FIELD_LABEL[f].th).join(' หรือ '),
    en: fields.map((f) => FIELD_LABEL[f].en).join(' or ').replace(/^./, (c) => c.toUpperCase()),
  };
}

/**
 * A field that rules need has no column in the workbook (DESIGN §5 `rules-not-run`): the rules
 * that did not run are named, with the columns of the table that may hold the field, so nobody
 * reads "no findings" when the money checks never ran. One finding per table and missing field,
 * on the table whose role carries the field; a required field is `missing-column`'s finding instead.
 */
export const rulesNotRun = defineRule<RulesNotRunParams>({
  id: 'rules-not-run',
  severity: 'warning',
  fields: [],
  check({ tables, rules, config }) {
    const mapped = mappedFields(tables);
    const disabled = new Set(config.disabledRules);
    // Need (its fields joined) → the rules it stops, in catalogue order.
    const stopped = new Map<string, { fields: Field[]; rules: RuleId[] }>();
    for (const rule of rules) {
      if (disabled.has(rule.id)) continue;
      for (const need of unmetNeeds(rule, mapped)) {
        const fields = [...needFields(need)];
        const key = fields.join('|');
        const entry = stopped.get(key) ?? { fields, rules: [] };
        if (!entry.rules.includes(rule.id)) entry.rules.push(rule.id);
        stopped.set(key, entry);
      }
    }
    const findings: Finding<RulesNotRunParams>[] = [];
    for (const table of tables) {
      const side = fieldsOfRole(table.role);
      const required = new Set<Field>(REQUIRED_FIELDS[table.role]);
      for (const { fields, rules: stoppedRules } of stopped.values()) {
        if (!fields.every((f) => side.has(f)) || fields.some((f) => required.has(f))) continue;
        const columns: PossibleColumn[] = [];
        for (const header of table.headers) {
          const field = header.field === undefined ? header.candidates?.find((f) => fields.includes(f)) : undefined;
          if (field) columns.push({ column: header.column, text: header.text, field });
        }
        findings.push({
          sheet: table.sheet,
          cells: [table.headers[0]?.address ?? `A${table.headerRow}`],
          field: fields[0],
          params: { sheet: table.sheet, label: needLabel(fields), fields, rules: stoppedRules, columns },
        });
      }
    }
    return findings;
  },
  message: {
    th: (p) => `ไม่พบคอลัมน์${p.label.th}ในแผ่นงาน "${p.sheet}" จึงไม่ได้ตรวจ ${p.rules.length} กฎที่ต้องใช้ข้อมูลนี้ (${p.rules.join(', ')})`
      + p.columns.map((c) => ` คอลัมน์ ${c.column} "${c.text}" น่าจะเป็น${FIELD_LABEL[c.field].th}`).join(''),
    en: (p) => `${p.label.en} was not found on sheet "${p.sheet}": ${p.rules.length} ${p.rules.length === 1 ? 'rule' : 'rules'} needing it ${p.rules.length === 1 ? 'was' : 'were'} not run (${p.rules.join(', ')}).`
      + p.columns.map((c) => ` Column ${c.column} "${c.text}" looks like ${FIELD_LABEL[c.field].en}.`).join(''),
  },
  fix: {
    th: (p) => (p.columns.length > 0
      ? `จับคู่คอลัมน์ ${p.columns.map((c) => c.column).join(', ')} กับ${FIELD_LABEL[p.columns[0].field].th} (ในแผงจับคู่คอลัมน์ หรือ --map "${p.sheet}!${p.columns[0].column}=${p.columns[0].field}")`
      : `เพิ่มคอลัมน์${p.label.th} หรือจับคู่คอลัมน์ที่มีข้อมูลนี้เอง`),
    en: (p) => (p.columns.length > 0
      ? `Map column ${p.columns.map((c) => c.column).join(', ')} to ${FIELD_LABEL[p.columns[0].field].en} (in the column mapping, or --map "${p.sheet}!${p.columns[0].column}=${p.columns[0].field}")`
      : `Add a ${p.label.en.toLowerCase()} column, or map the column that holds it`),
  },
});
