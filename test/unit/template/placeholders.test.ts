import type { Project } from '../../../src/core/model';
import { formatPlaceholderValue, projectValue, reportValue, type TemplateReport } from '../../../src/core/template/placeholder-values';
import {
  PLACEHOLDERS, placeholderTokens, solePlaceholder, substitutePlaceholders, suggestedPlaceholder, withoutRepeatMarker, type PlaceholderName,
} from '../../../src/core/template/placeholders';
import { checkTemplate, templateProblemsLine } from '../../../src/core/template/template-check';
import { templateSheetName } from '../../../src/core/template/template-sheet-name';

/** Placeholders: found in text, each with its value for a project and its reports, and a template's mistakes named by cell. */

const PROJECT: Project = {
  code: '03000000-2457', name: 'โครงการปรับปรุงถนนซอยวัดใหม่', fiscalYear: 2563, startDate: '2019-10-01', endDate: '2020-08-31',
  budget: 1_918_000, spent: 1_150_800.5, returned: 767_199.5, agency: 'สำนักการโยธา', owner: 'นายพีระพงษ์ โทร. 1475', coordinator: 'นางสาวสมใจ โทร. 1460',
  strategy: 'ประเด็นยุทธศาสตร์ ๕.๓.๑', rationale: 'ถนนชำรุด', objectives: '1. ซ่อมถนน', targets: 'ถนน 1 สาย',
};
const REPORTS: TemplateReport[] = [
  { value: { projectCode: PROJECT.code, reportNo: 1, reportDate: '2019-10-19', stage: 'จัดทำร่างขอบเขตงาน', progress: 7, disbursedToDate: 0, onPlan: true, onTarget: false } },
  { value: { projectCode: PROJECT.code, reportNo: 2, reportDate: '2019-11-19', progress: 60.5, disbursedInPeriod: 959_000 }, cumulative: { value: 959_000 } },
];
const project = (name: PlaceholderName) => projectValue({ value: PROJECT }, REPORTS, '2020-06-30', name);

describe('every placeholder has its value', () => {
  it.each<[PlaceholderName, unknown, string]>([
    ['code', { kind: 'text', text: '03000000-2457' }, '03000000-2457'],
    ['name', { kind: 'text', text: PROJECT.name }, PROJECT.name],
    ['fiscalYear', { kind: 'number', number: 2563, style: 'whole' }, '2563'],
    ['fiscalYearText', { kind: 'text', text: 'ปีงบประมาณ พ.ศ. 2563' }, 'ปีงบประมาณ พ.ศ. 2563'],
    ['startDate', { kind: 'date', iso: '2019-10-01' }, '1 ตุลาคม 2562'],
    ['endDate', { kind: 'date', iso: '2020-08-31' }, '31 สิงหาคม 2563'],
    ['budget', { kind: 'number', number: 1_918_000, style: 'amount' }, '1,918,000'],
    ['budgetText', { kind: 'text', text: 'หนึ่งล้านเก้าแสนหนึ่งหมื่นแปดพันบาทถ้วน' }, 'หนึ่งล้านเก้าแสนหนึ่งหมื่นแปดพันบาทถ้วน'],
    ['spent', { kind: 'number', number: 1_150_800.5, style: 'amount' }, '1,150,800.50'],
    ['returned', { kind: 'number', number: 767_199.5, style: 'amount' }, '767,199.50'],
    ['disbursedPercent', { kind: 'number', number: 50, style: 'percent' }, '50'],
    ['latestProgress', { kind: 'number', number: 60.5, style: 'percent' }, '60.5'],
    ['agency', { kind: 'text', text: 'สำนักการโยธา' }, 'สำนักการโยธา'],
    ['owner', { kind: 'text', text: 'นายพีระพงษ์ โทร. 1475' }, 'นายพีระพงษ์ โทร. 1475'],
    ['coordinator', { kind: 'text', text: 'นางสาวสมใจ โทร. 1460' }, 'นางสาวสมใจ โทร. 1460'],
    ['strategy', { kind: 'text', text: 'ประเด็นยุทธศาสตร์ ๕.๓.๑' }, 'ประเด็นยุทธศาสตร์ ๕.๓.๑'],
    ['rationale', { kind: 'text', text: 'ถนนชำรุด' }, 'ถนนชำรุด'],
    ['objectives', { kind: 'text', text: '1. ซ่อมถนน' }, '1. ซ่อมถนน'],
    ['targets', { kind: 'text', text: 'ถนน 1 สาย' }, 'ถนน 1 สาย'],
    ['today', { kind: 'date', iso: '2020-06-30' }, '30 มิถุนายน 2563'],
  ])('{{%s}}', (name, value, text) => {
    expect(project(name)).toEqual(value);
    expect(formatPlaceholderValue(project(name))).toBe(text);
  });

  it.each<[PlaceholderName, number, unknown, string]>([
    ['reportNo', 0, { kind: 'number', number: 1, style: 'whole' }, '1'],
    ['reportDate', 0, { kind: 'date', iso: '2019-10-19' }, '19 ตุลาคม 2562'],
    ['stage', 0, { kind: 'text', text: 'จัดทำร่างขอบเขตงาน' }, 'จัดทำร่างขอบเขตงาน'],
    ['progress', 1, { kind: 'number', number: 60.5, style: 'percent' }, '60.5'],
    ['disbursedToDate', 0, { kind: 'number', number: 0, style: 'amount' }, '0'],
    ['disbursedToDate', 1, { kind: 'number', number: 959_000, style: 'amount' }, '959,000'],
    ['disbursedInPeriod', 1, { kind: 'number', number: 959_000, style: 'amount' }, '959,000'],
    ['onPlan', 0, { kind: 'text', text: 'เป็นไปตามแผน' }, 'เป็นไปตามแผน'],
    ['onTarget', 0, { kind: 'text', text: 'ไม่เป็นไปตามเป้าหมาย' }, 'ไม่เป็นไปตามเป้าหมาย'],
    ['stage', 1, { kind: 'empty' }, ''],
  ])('{{%s}} of report %i', (name, index, value, text) => {
    expect(reportValue(REPORTS[index], name)).toEqual(value);
    expect(formatPlaceholderValue(reportValue(REPORTS[index], name))).toBe(text);
  });

  it('the catalogue lists exactly the placeholders valued here, each explained in Thai and English', () => {
    expect(Object.keys(PLACEHOLDERS)).toHaveLength(28);
    for (const info of Object.values(PLACEHOLDERS)) expect(info.explanation.th && info.explanation.en).toBeTruthy();
  });

  it('a value that did not parse is the cell as written; one the data lacks is empty', () => {
    const raw = { value: { code: 'x' }, row: { cells: { budget: { raw: '1,918,000 บาทx' } } } };
    expect(projectValue(raw, [], '2020-06-30', 'budget')).toEqual({ kind: 'text', text: '1,918,000 บาทx' });
    expect(projectValue(raw, [], '2020-06-30', 'budgetText')).toEqual({ kind: 'empty' });
    expect(projectValue(raw, [], '2020-06-30', 'latestProgress')).toEqual({ kind: 'empty' });
    expect(projectValue({ value: { budget: 0, spent: 5 } }, [], '2020-06-30', 'disbursedPercent')).toEqual({ kind: 'empty' });
  });
});

describe('placeholders in text', () => {
  it('are found, with spaces inside the braces allowed', () => {
    expect(placeholderTokens('งบ {{ budget }} บาท {{#reports}}').map((t) => t.name)).toEqual(['budget', '#reports']);
    expect(solePlaceholder(' {{budget}} ')).toBe('budget');
    expect(solePlaceholder('{{budget}} บาท')).toBeUndefined();
    expect(withoutRepeatMarker('{{#reports}}{{reportNo}}')).toBe('{{reportNo}}');
  });

  it('are replaced by their text, the repeat marker taken out and unknown ones left', () => {
    expect(substitutePlaceholders('{{#reports}}ครั้งที่ {{reportNo}} {{x}}', () => '9')).toBe('ครั้งที่ 9 {{x}}');
  });

  it('a typo suggests what was meant', () => {
    expect(suggestedPlaceholder('budjet')).toBe('budget');
    expect(suggestedPlaceholder('Budget')).toBe('budget');
    expect(suggestedPlaceholder('อะไร')).toBeUndefined();
  });
});

describe('checkTemplate', () => {
  const cell = (row: number, column: number, text: string) => ({ row, column, text });

  it('finds the repeat row and the placeholders used', () => {
    const check = checkTemplate('แม่แบบ', [cell(0, 0, '{{name}}'), cell(9, 0, '{{#reports}}{{reportNo}}'), cell(9, 1, '{{progress}}')]);
    expect(check).toEqual({ sheet: 'แม่แบบ', repeatRow: 9, used: ['name', 'reportNo', 'progress'], problems: [] });
  });

  it('names an unknown placeholder and its cell, with the one meant', () => {
    const check = checkTemplate('แม่แบบ', [cell(4, 2, 'งบ {{budjet}}'), cell(6, 3, '{{x}}'), cell(0, 0, '{{name}}')]);
    expect(templateProblemsLine(check, 'en')).toBe('unknown placeholder {{budjet}} in แม่แบบ!C5 (did you mean {{budget}}?); and 1 more: {{x}} in แม่แบบ!D7');
    expect(templateProblemsLine(check, 'th')).toMatch(/^ไม่รู้จักตัวแทนข้อมูล \{\{budjet\}\} ใน แม่แบบ!C5/);
  });

  it('refuses a report field outside the repeat row, two repeat rows, and a sheet without placeholders', () => {
    expect(templateProblemsLine(checkTemplate('T', [cell(2, 1, '{{progress}}')]), 'en')).toBe('{{progress}} in T!B3 is a report field: it belongs in the row marked {{#reports}}');
    expect(templateProblemsLine(checkTemplate('T', [cell(2, 0, '{{#reports}}'), cell(5, 0, '{{#reports}}')]), 'en')).toBe('{{#reports}} may mark one row only; found in T!A3, T!A6');
    expect(templateProblemsLine(checkTemplate('T', [cell(0, 0, 'ชื่อโครงการ')]), 'en')).toBe('sheet T holds no {{placeholders}}, so it is not a template');
  });
});

describe('templateSheetName', () => {
  it('joins the template\'s name and the code, cutting the name so the code fits 31 characters', () => {
    expect(templateSheetName('แม่แบบ', '03000000-2457')).toBe('แม่แบบ 03000000-2457');
    const name = templateSheetName('แบบรายงานผลการดำเนินงานของสำนักการโยธา', '03000000-2457');
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.endsWith(' 03000000-2457')).toBe(true);
    expect(templateSheetName('a/b:c', '1')).toBe('a_b_c 1');
  });
});
