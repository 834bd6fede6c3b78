/**
 * The overview's own texts in Thai and English. Kept beside the charts rather than in
 * i18n.ts so they load with them, on demand; the section's heading and button are in i18n.ts.
 */
import type { Severity } from '../../../core/model';
import type { NotPlottedReason } from '../../../core/output/overview-points';
import type { Language } from '../../../excel/types';

/** A project's worst finding, or `none` when it has no finding. */
export type Worst = Severity | 'none';

interface PointFigures {
  code: string;
  name?: string;
  progress: string;
  disbursed: string;
  worst: Worst;
}

export interface OverviewText {
  intro: string;
  scatterTitle: string;
  xAxis: string;
  yAxis: string;
  diagonal: string;
  /** Legend entries: points coloured by their project's worst finding. */
  worstLegend: Record<Worst, string>;
  /** The worst finding as the table's cell says it. */
  worstCell: Record<Worst, string>;
  /** A point as a screen reader announces it. */
  pointLabel: (p: PointFigures) => string;
  /** Below the chart while no dot is pointed at or picked. */
  pointHint: string;
  rulesTitle: string;
  ruleCount: (p: { count: number }) => string;
  showTable: string;
  hideTable: string;
  tableCaption: string;
  columnProject: string;
  columnProgress: string;
  columnDisbursed: string;
  columnWorst: string;
  notPlottedTitle: (p: { count: number }) => string;
  notPlotted: Record<NotPlottedReason, string>;
  /** In the table, under the project a reason keeps off the chart. */
  notPlottedNote: (p: { reason: string }) => string;
  selectProject: (p: { code: string }) => string;
  percent: (p: { value: number }) => string;
}

const NUMBER: Record<Language, Intl.NumberFormat> = {
  th: new Intl.NumberFormat('th-TH', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
};

const th: OverviewText = {
  intro: 'จุดแต่ละจุดคือหนึ่งโครงการ แกนนอนคือความก้าวหน้าล่าสุด แกนตั้งคือสัดส่วนงบประมาณที่เบิกจ่ายแล้ว โครงการที่อยู่ต่ำกว่าเส้นทแยงมากคือมีความก้าวหน้าแต่เบิกจ่ายน้อย คลิกจุดเพื่อเลือกแถวของโครงการและแสดงเฉพาะรายการของโครงการนั้น',
  scatterTitle: 'ความก้าวหน้าเทียบกับการเบิกจ่าย',
  xAxis: 'ความก้าวหน้าล่าสุด (%)',
  yAxis: 'เบิกจ่ายแล้ว (% ของงบ)',
  diagonal: 'ความก้าวหน้า = การเบิกจ่าย',
  worstLegend: { error: 'มีข้อผิดพลาด', warning: 'มีคำเตือน', info: 'มีข้อสังเกต', none: 'ไม่พบปัญหา' },
  worstCell: { error: 'ข้อผิดพลาด', warning: 'คำเตือน', info: 'ข้อสังเกต', none: 'ไม่พบ' },
  pointLabel: ({ code, name, progress, disbursed, worst }) =>
    `${name ? `${code} · ${name}` : code}: ความก้าวหน้า ${progress} เบิกจ่ายแล้ว ${disbursed} ของงบประมาณ ระดับปัญหาสูงสุด: ${th.worstCell[worst]}`,
  pointHint: 'ชี้หรือเลื่อนโฟกัสไปที่จุดเพื่อดูชื่อโครงการ',
  rulesTitle: 'จำนวนรายการตามประเภทการตรวจ',
  ruleCount: ({ count }) => `${NUMBER.th.format(count)} รายการ`,
  showTable: 'แสดงเป็นตาราง',
  hideTable: 'ซ่อนตาราง',
  tableCaption: 'โครงการในภาพรวม',
  columnProject: 'โครงการ',
  columnProgress: 'ความก้าวหน้า',
  columnDisbursed: 'เบิกจ่ายแล้ว',
  columnWorst: 'ปัญหาสูงสุด',
  notPlottedTitle: ({ count }) => `ไม่ได้แสดงในแผนภูมิ ${NUMBER.th.format(count)} โครงการ`,
  notPlotted: {
    'no-report': 'ยังไม่มีรายงานความก้าวหน้า',
    'no-budget': 'ไม่มีงบประมาณที่มากกว่า 0',
    'no-progress': 'ไม่มีรายงานที่อ่านค่าความก้าวหน้าได้',
    'no-disbursement': 'ไม่มียอดเบิกจ่ายสะสมที่ครบถ้วน',
  },
  notPlottedNote: ({ reason }) => `ไม่ได้แสดงในแผนภูมิ: ${reason}`,
  selectProject: ({ code }) => `เลือกโครงการ ${code}`,
  percent: ({ value }) => `${NUMBER.th.format(value)}%`,
};

const en: OverviewText = {
  intro: 'Each dot is a project: across, its latest progress; up, the share of its budget disbursed. Dots far below the diagonal report progress without disbursement. Click a dot to select the project\'s row and list only its findings.',
  scatterTitle: 'Progress against disbursement',
  xAxis: 'Latest progress (%)',
  yAxis: 'Disbursed (% of budget)',
  diagonal: 'Progress = disbursement',
  worstLegend: { error: 'Has errors', warning: 'Has warnings', info: 'Has info', none: 'No findings' },
  worstCell: { error: 'Error', warning: 'Warning', info: 'Info', none: 'None' },
  pointLabel: ({ code, name, progress, disbursed, worst }) =>
    `${name ? `${code} · ${name}` : code}: progress ${progress}, ${disbursed} of the budget disbursed; worst finding: ${en.worstCell[worst]}`,
  pointHint: 'Point at a dot, or move the focus to it, to see its project.',
  rulesTitle: 'Findings per rule',
  ruleCount: ({ count }) => `${NUMBER.en.format(count)} ${count === 1 ? 'finding' : 'findings'}`,
  showTable: 'Show as table',
  hideTable: 'Hide the table',
  tableCaption: 'Projects in the overview',
  columnProject: 'Project',
  columnProgress: 'Progress',
  columnDisbursed: 'Disbursed',
  columnWorst: 'Worst finding',
  notPlottedTitle: ({ count }) => `${NUMBER.en.format(count)} ${count === 1 ? 'project' : 'projects'} not plotted`,
  notPlotted: {
    'no-report': 'no progress report yet',
    'no-budget': 'no budget above 0',
    'no-progress': 'no report with a readable progress',
    'no-disbursement': 'no complete cumulative disbursement',
  },
  notPlottedNote: ({ reason }) => `Not plotted: ${reason}`,
  selectProject: ({ code }) => `Select project ${code}`,
  percent: ({ value }) => `${NUMBER.en.format(value)}%`,
};

export const OVERVIEW_TEXT: Record<Language, OverviewText> = { th, en };
