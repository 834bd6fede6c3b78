import type { Issue, Severity } from '../model';
import type { RuleContext } from '../rules/rule';
import type { ProjectRecord, ReportRecord } from '../table/types';

/**
 * The Summary sheet's figures (DESIGN §9): per agency the projects, budget, disbursed, the share
 * disbursed, the average latest progress and the findings by severity, with totals. An agency is
 * the first part of the project's agency path (`สำนักการโยธา / กองควบคุมการก่อสร้าง` →
 * `สำนักการโยธา`), or, where a project names none, the file it came from — so a file of
 * unnamed projects still has its line. A project's disbursed amount is its latest report's
 * cumulative disbursement, else its `งบประมาณที่ใช้ไป`; a project with neither adds nothing and is
 * counted in `withoutDisbursement`, so a low total is never mistaken for a low spend.
 */

export interface AgencySummary {
  agency: string;
  projects: number;
  budget: number;
  disbursed: number;
  /** disbursed ÷ budget × 100; undefined when the budget is 0. */
  disbursedPercent?: number;
  /** Mean of the projects' latest progress, over those with a readable one. */
  averageProgress?: number;
  withoutDisbursement: number;
  findings: Record<Severity, number>;
}

export interface ConsolidationSummary {
  agencies: AgencySummary[];
  total: AgencySummary;
}

export function agencyOf(agency: string | undefined, file: string): string {
  const first = agency?.split('/')[0].replace(/\s+/g, ' ').trim();
  return first ? first : file;
}

function latestReport(reports: readonly ReportRecord[] | undefined): ReportRecord | undefined {
  // Sorted by report number (buildRuleContext); the last with a number is the latest.
  if (!reports) return undefined;
  for (let i = reports.length - 1; i >= 0; i--) if (reports[i].value.reportNo !== undefined) return reports[i];
  return reports[reports.length - 1];
}

const emptyLine = (agency: string): AgencySummary => ({
  agency, projects: 0, budget: 0, disbursed: 0, withoutDisbursement: 0, findings: { error: 0, warning: 0, info: 0 },
});

function finish(line: AgencySummary, progressSum: number, progressCount: number): AgencySummary {
  return {
    ...line,
    ...(line.budget > 0 ? { disbursedPercent: (line.disbursed / line.budget) * 100 } : {}),
    ...(progressCount > 0 ? { averageProgress: progressSum / progressCount } : {}),
  };
}

/**
 * `fileOf(record)` names the file a project row came from. Findings count for the agency of the
 * project they name; those naming none (a missing column) only in the total.
 */
export function summarize(context: RuleContext, issues: readonly Issue[], fileOf: (record: ProjectRecord) => string): ConsolidationSummary {
  const lines = new Map<string, { line: AgencySummary; progressSum: number; progressCount: number }>();
  const agencyOfCode = new Map<string, string>();
  const total = { line: emptyLine(''), progressSum: 0, progressCount: 0 };
  for (const [code, project] of context.projectByCode) {
    const agency = agencyOf(project.value.agency, fileOf(project));
    agencyOfCode.set(code, agency);
    let entry = lines.get(agency);
    if (!entry) lines.set(agency, (entry = { line: emptyLine(agency), progressSum: 0, progressCount: 0 }));
    const latest = latestReport(context.reportsByCode.get(code));
    const disbursed = latest?.cumulative?.value ?? project.value.spent;
    for (const target of [entry, total]) {
      target.line.projects++;
      target.line.budget += project.value.budget ?? 0;
      if (disbursed === undefined) target.line.withoutDisbursement++;
      else target.line.disbursed += disbursed;
      if (latest?.value.progress !== undefined) { target.progressSum += latest.value.progress; target.progressCount++; }
    }
  }
  for (const issue of issues) {
    total.line.findings[issue.severity]++;
    const agency = issue.project !== undefined ? agencyOfCode.get(issue.project) : undefined;
    if (agency !== undefined) lines.get(agency)!.line.findings[issue.severity]++;
  }
  const agencies = [...lines.values()]
    .map((entry) => finish(entry.line, entry.progressSum, entry.progressCount))
    .sort((a, b) => a.agency.localeCompare(b.agency, 'th'));
  return { agencies, total: finish(total.line, total.progressSum, total.progressCount) };
}
