import type { RuleId } from '../model';
import { formatAmount } from '../format';
import { defineRule } from './rule';

interface TooManyFindingsParams {
  rule: RuleId;
  found: number;
  listed: number;
}

/**
 * A rule found more problems on a sheet than `limits.maxFindingsPerRule` (`too-many-findings`):
 * the first ones are listed and marked, the rest only counted, here — so a sheet of a million
 * wrong codes gives a report in bounded memory rather than none, and nobody mistakes the list
 * for all there is. The engine keeps the count (RuleContext.omitted) as it runs the other rules.
 */
export const tooManyFindings = defineRule<TooManyFindingsParams>({
  id: 'too-many-findings',
  severity: 'warning',
  fields: [],
  check({ omitted }) {
    return omitted.map(({ sheet, cell, rule, found, listed }) => ({ sheet, cells: [cell], params: { rule, found, listed } }));
  },
  message: {
    th: (p) => `กฎ ${p.rule} พบปัญหา ${formatAmount(p.found)} รายการในชีตนี้ แสดงและทำเครื่องหมายไว้เพียง ${formatAmount(p.listed)} รายการแรก อีก ${formatAmount(p.found - p.listed)} รายการไม่ได้แสดง เริ่มตั้งแต่เซลล์นี้`,
    en: (p) => `Rule ${p.rule} found ${formatAmount(p.found)} problems on this sheet; only the first ${formatAmount(p.listed)} are listed and marked, and ${formatAmount(p.found - p.listed)} more, from this cell on, are not`,
  },
  fix: {
    th: () => 'แก้ไขรายการที่แสดงก่อน (มักมีสาเหตุเดียวกัน) แล้วตรวจสอบอีกครั้ง หรือเพิ่มค่า limits.maxFindingsPerRule ในไฟล์ตั้งค่า',
    en: () => 'Fix the listed ones first (they often share one cause) and check again, or raise limits.maxFindingsPerRule in the config file',
  },
});
