import { RuleConfig } from '../../../src/core/model';
import { summarize, validateWorkbook } from '../../../src/core/validate';
import { makeGrid } from '../../helpers/grid';
import { PROJECT_HEADER } from '../../helpers/sheets';

const project = (code: string) => [code, 'ถนน', 2563, '1/10/2562', '30/9/2563', 1_000_000];
const sheet = (name: string, codes: string[]) => makeGrid(name, [PROJECT_HEADER, ...codes.map(project)]);
const wrongCodes = (n: number) => Array.from({ length: n }, (_, i) => `P${i + 1}`);

describe('too-many-findings', () => {
  const config = RuleConfig.parse({ limits: { maxFindingsPerRule: 3 } });

  it('lists a rule\'s first findings on a sheet up to the limit and counts the rest in one warning at the first left out', () => {
    const { issues } = validateWorkbook([sheet('Projects', wrongCodes(5))], config);
    expect(issues.filter((issue) => issue.rule === 'invalid-code').map((issue) => issue.cell)).toEqual(['A2', 'A3', 'A4']);
    const over = issues.filter((issue) => issue.rule === 'too-many-findings');
    expect(over.map((issue) => [issue.sheet, issue.cell, issue.severity])).toEqual([['Projects', 'A5', 'warning']]);
    expect(over[0].message.en).toBe('Rule invalid-code found 5 problems on this sheet; only the first 3 are listed and marked, and 2 more, from this cell on, are not');
    expect(over[0].message.th).toBe('กฎ invalid-code พบปัญหา 5 รายการในชีตนี้ แสดงและทำเครื่องหมายไว้เพียง 3 รายการแรก อีก 2 รายการไม่ได้แสดง เริ่มตั้งแต่เซลล์นี้');
    expect(over[0].fix?.en).toMatch(/raise limits\.maxFindingsPerRule in the config file$/);
    expect(summarize(issues)).toEqual({ error: 3, warning: 1, info: 0 });
  });

  it('counts each sheet on its own, and says nothing at or under the limit', () => {
    const { issues } = validateWorkbook([sheet('A', wrongCodes(3)), sheet('B', wrongCodes(4))], config);
    expect(issues.filter((issue) => issue.rule === 'too-many-findings').map((issue) => `${issue.sheet}!${issue.cell}`)).toEqual(['B!A5']);
    expect(issues.filter((issue) => issue.rule === 'invalid-code')).toHaveLength(6);
  });

  it('lists ten thousand a rule and sheet unless the config says otherwise', () => {
    const { issues } = validateWorkbook([sheet('Projects', wrongCodes(10_001))]);
    expect(issues.filter((issue) => issue.rule === 'invalid-code')).toHaveLength(10_000);
    expect(issues.filter((issue) => issue.rule === 'too-many-findings').map((issue) => issue.cell)).toEqual(['A10002']);
    expect(validateWorkbook([sheet('Projects', wrongCodes(10_001))], RuleConfig.parse({ limits: { maxFindingsPerRule: 20_000 } })).issues
      .filter((issue) => issue.rule === 'invalid-code')).toHaveLength(10_001);
  });
});
