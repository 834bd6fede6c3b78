import type { WorkbookModel } from '../../devhost';
import { chartPicture, type ChartPicture } from '../../devhost/chart';
import type { SheetModel } from '../../devhost/model';
import { useSheetChartsStyles } from './SheetCharts.styles';

/** The drawing's own units; the SVG scales to the strip's width. */
const WIDTH = 640;
const HEIGHT = 260;
const PLOT = { left: 84, right: 12, top: 12, bottom: 44 };
const GRIDLINES = 4;
const LABEL_CHARACTERS = 18;

/** A round step for the value axis: 1, 2 or 5 times a power of ten, so that `GRIDLINES` steps cover `max`. */
function axisStep(max: number): number {
  if (max <= 0) return 1;
  const raw = max / GRIDLINES;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((factor) => factor * power >= raw) ?? 10) * power;
}

const shortLabel = (text: string) => (text.length > LABEL_CHARACTERS ? `${text.slice(0, LABEL_CHARACTERS - 1)}…` : text);

/** A clustered column chart as Excel would draw it, simply: bars per category, one colour per series, a value axis. */
function ColumnChart({ picture, lang }: { picture: ChartPicture; lang: string }) {
  const styles = useSheetChartsStyles();
  const seriesClass = [styles.series0, styles.series1, styles.series2];
  const values = picture.series.flatMap((series) => series.values.filter((value): value is number => value !== null));
  const step = axisStep(Math.max(0, ...values));
  const top = step * GRIDLINES;
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const groupWidth = plotWidth / Math.max(1, picture.categories.length);
  const barWidth = (groupWidth * 0.7) / Math.max(1, picture.series.length);
  const y = (value: number) => PLOT.top + plotHeight - (Math.max(0, value) / top) * plotHeight;
  const number = new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-US', { notation: 'compact' });
  const caption = picture.title ?? picture.name;
  return (
    <figure className={styles.figure} data-chart={picture.name}>
      <figcaption className={styles.caption}>{caption}</figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={caption}>
        {Array.from({ length: GRIDLINES + 1 }, (_, index) => {
          const at = y(step * index);
          return (
            <g key={index}>
              <line className={index === 0 ? styles.axis : styles.grid} x1={PLOT.left} x2={WIDTH - PLOT.right} y1={at} y2={at} />
              <text className={styles.label} x={PLOT.left - 6} y={at + 4} textAnchor="end">{number.format(step * index)}</text>
            </g>
          );
        })}
        {picture.axisTitles.value && (
          <text className={styles.label} transform={`translate(12 ${PLOT.top + plotHeight / 2}) rotate(-90)`} textAnchor="middle">{picture.axisTitles.value}</text>
        )}
        {picture.categories.map((category, c) => (
          <g key={c} data-category={category}>
            {picture.series.map((series, s) => {
              const value = series.values[c];
              if (value === null || value === undefined) return null;
              const x = PLOT.left + c * groupWidth + groupWidth * 0.15 + s * barWidth;
              return (
                <rect key={s} className={seriesClass[s % seriesClass.length]} x={x} width={barWidth} y={y(value)} height={Math.max(0, PLOT.top + plotHeight - y(value))}>
                  <title>{`${series.name} · ${category}: ${value.toLocaleString(lang === 'th' ? 'th-TH' : 'en-US')}`}</title>
                </rect>
              );
            })}
            <text className={styles.label} x={PLOT.left + (c + 0.5) * groupWidth} y={HEIGHT - PLOT.bottom + 16} textAnchor="middle">
              {shortLabel(category)}
              <title>{category}</title>
            </text>
          </g>
        ))}
      </svg>
      <ul className={styles.legend}>
        {picture.series.map((series, s) => (
          <li key={s}>
            <svg width={10} height={10} aria-hidden="true" className={styles.swatch}><rect width={10} height={10} className={seriesClass[s % seriesClass.length]} /></svg>
            {series.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/**
 * The charts on the shown sheet, drawn below its grid from the simulated chart's data — the
 * demo's stand-in for the chart Excel draws over the cells (column types as columns; others too,
 * since the point is to show the chart exists and what it plots).
 */
export function SheetCharts({ workbook, sheet, lang }: { workbook: WorkbookModel; sheet: SheetModel; lang: string }) {
  const styles = useSheetChartsStyles();
  const charts = sheet.charts ?? [];
  if (charts.length === 0) return null;
  return (
    <div className={styles.strip} data-testid="sheet-charts">
      {charts.map((chart) => <ColumnChart key={chart.id} picture={chartPicture(workbook, chart)} lang={lang} />)}
    </div>
  );
}
