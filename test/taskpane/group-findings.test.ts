import type { Issue, RuleId, Severity } from '../../src/core/model';
import { groupFindings } from '../../src/taskpane/components/FindingsPanel/group-findings';

function finding(rule: RuleId, severity: Severity, cell: string, project?: string): Issue {
  return { rule, severity, sheet: 'Reports', cell, cells: [cell], ...(project ? { project } : {}), message: { th: cell, en: cell } };
}

const issues = [
  finding('report-interval', 'info', 'A2', 'P-10'),
  finding('progress-decrease', 'error', 'F3', 'P-2'),
  finding('blank-row', 'info', 'A4'),
  finding('report-interval', 'info', 'A5', 'P-2'),
  finding('invalid-date', 'error', 'C6', 'P-10'),
];

const flat = (groups: ReturnType<typeof groupFindings>) => groups.map((g) => [g.key, g.issues.map((i) => i.cell)]);

describe('grouping findings', () => {
  it('by rule: worst severity first, then catalogue order; findings keep their order', () => {
    expect(flat(groupFindings(issues, 'rule'))).toEqual([
      ['invalid-date', ['C6']],
      ['progress-decrease', ['F3']],
      ['blank-row', ['A4']],
      ['report-interval', ['A2', 'A5']],
    ]);
  });

  it('groups 200,000 findings of one rule without overflowing the stack', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => finding('invalid-code', 'error', `A${i + 2}`));
    const groups = groupFindings([...many, finding('blank-row', 'info', 'A1')], 'rule');
    expect(groups.map((g) => [g.key, g.issues.length])).toEqual([['invalid-code', 200_000], ['blank-row', 1]]);
  });

  it('by project: codes in natural order, no project last', () => {
    expect(flat(groupFindings(issues, 'project'))).toEqual([
      ['P-2', ['F3', 'A5']],
      ['P-10', ['A2', 'C6']],
      ['', ['A4']],
    ]);
  });
});
