/**
 * The overview's points and bars as the chart components take them. Pure (the charts package
 * is imported for its types only), so what is drawn where is tested without drawing it.
 */
import type { ChartProps, LineChartPoints, ScatterChartDataPoint } from '@fluentui/react-charts';
import type { Severity } from '../../../core/model';
import type { RuleCount } from '../../../core/output/findings-per-rule';
import { isPlotted, type OverviewPoint } from '../../../core/output/overview-points';
import type { Language } from '../../../excel/types';
import { paneTheme } from '../../App.styles';
import { RULE_TITLE } from '../../rule-titles';
import { OVERVIEW_TEXT, type Worst } from './overview-text';

/** Most severe first, then projects without findings: the legend's order, and the drawing order (the last drawn is on top). */
export const WORST_ORDER: readonly Worst[] = ['error', 'warning', 'info', 'none'];

/**
 * A point's colour by its project's worst finding: the hues of the marks in the workbook (red,
 * amber, blue) at the pane theme's status strengths, which stand out from white by at least 3:1;
 * grey for a project without findings.
 */
export const WORST_COLOR: Record<Worst, string> = {
  error: paneTheme.colorStatusDangerForeground3,
  warning: paneTheme.colorStatusWarningForeground3,
  info: paneTheme.colorBrandForeground1,
  none: paneTheme.colorNeutralForeground3,
};

export const DIAGONAL_COLOR = paneTheme.colorNeutralStrokeAccessible;

export function worstOf(point: OverviewPoint): Worst {
  return point.worst ?? 'none';
}

/**
 * The axes' range: 0 to 100 %, wider when a figure goes beyond (progress over 100 %, more
 * disbursed than the budget, a negative figure), in steps of 20, and the room kept around the
 * markers at either end.
 */
export function axisRange(points: readonly OverviewPoint[]): { minimum: number; maximum: number; padding: number; ticks: number[] } {
  let minimum = 0;
  let maximum = 100;
  for (const point of points) {
    if (!isPlotted(point)) continue;
    minimum = Math.min(minimum, point.progress, point.disbursedPercent);
    maximum = Math.max(maximum, point.progress, point.disbursedPercent);
  }
  minimum = Math.floor(minimum / AXIS_STEP) * AXIS_STEP;
  maximum = Math.ceil(maximum / AXIS_STEP) * AXIS_STEP;
  const ticks: number[] = [];
  for (let tick = minimum; tick <= maximum; tick += AXIS_STEP) ticks.push(tick);
  // The line chart pads its y axis by a tenth of the range around markers.
  return { minimum, maximum, padding: (maximum - minimum) / 10, ticks };
}

const AXIS_STEP = 20;

/** A point's words, for its marker's label and the table's row. */
export function pointLabel(point: OverviewPoint & { progress: number; disbursedPercent: number }, lang: Language): string {
  const text = OVERVIEW_TEXT[lang];
  return text.pointLabel({
    code: point.code,
    name: point.name,
    progress: text.percent({ value: point.progress }),
    disbursed: text.percent({ value: point.disbursedPercent }),
    worst: worstOf(point),
  });
}

/**
 * The scatter as line-chart series: the diagonal y = x (a line only), then one series of markers
 * per worst finding (so the legend names them), each marker picking its project when clicked.
 */
export function scatterSeries(
  points: readonly OverviewPoint[],
  lang: Language,
  onPick: (point: OverviewPoint) => void,
): LineChartPoints[] {
  const text = OVERVIEW_TEXT[lang];
  const { minimum, maximum } = axisRange(points);
  const series: LineChartPoints[] = [{
    legend: text.diagonal,
    // Its two ends are tab stops of the chart's: they say what the line is.
    data: [minimum, maximum].map((end) => ({ x: end, y: end, text: `${text.diagonal} (${text.percent({ value: end })})` })),
    color: DIAGONAL_COLOR,
    lineOptions: { mode: 'lines', strokeDasharray: '4 4', strokeWidth: 1.5 },
    hideNonActiveDots: true,
  }];
  for (const worst of WORST_ORDER) {
    const data: ScatterChartDataPoint[] = [];
    for (const point of points) {
      if (!isPlotted(point) || worstOf(point) !== worst) continue;
      data.push({
        x: point.progress,
        y: point.disbursedPercent,
        text: pointLabel(point, lang),
        onDataPointClick: () => onPick(point),
      });
    }
    if (data.length > 0) {
      series.push({ legend: text.worstLegend[worst], data, color: WORST_COLOR[worst], lineOptions: { mode: 'markers' } });
    }
  }
  return series;
}

/** The bar colour of a rule: its most severe finding's. */
export function ruleColor(worst: Severity): string {
  return WORST_COLOR[worst];
}

/** The longest bar's share of the row: the rest holds the count written after it. */
const LONGEST_BAR_SHARE = 0.8;

/** One horizontal bar per rule, the longest the most findings: `title · rule-id`, and the count beside its bar. */
export function ruleBars(counts: readonly RuleCount[], lang: Language): ChartProps[] {
  const text = OVERVIEW_TEXT[lang];
  const most = Math.max(1, ...counts.map((count) => count.count)) / LONGEST_BAR_SHARE;
  return counts.map((count) => {
    const title = RULE_TITLE[count.rule][lang];
    return {
      chartTitle: `${title} · ${count.rule}`,
      chartData: [{
        legend: title,
        horizontalBarChartdata: { x: count.count, total: most },
        color: ruleColor(count.worst),
        callOutAccessibilityData: { ariaLabel: `${title} (${count.rule}): ${text.ruleCount({ count: count.count })}` },
      }],
    };
  });
}
