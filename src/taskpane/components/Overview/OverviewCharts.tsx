/**
 * The overview's charts and their text alternative — loaded on demand (OverviewSection), so
 * the charts package is not part of the pane's first load.
 */
import { HorizontalBarChart, HorizontalBarChartVariant, LineChart } from '@fluentui/react-charts';
import { Button, Link, mergeClasses, useId } from '@fluentui/react-components';
import { useMemo, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { Issue } from '../../../core/model';
import { findingsPerRule } from '../../../core/output/findings-per-rule';
import { isPlotted, type OverviewPoint } from '../../../core/output/overview-points';
import { useUiText } from '../../language';
import { useSectionStyles } from '../section.styles';
import { useOverviewChartsStyles } from './OverviewCharts.styles';
import { axisRange, pointLabel, ruleBars, scatterSeries, WORST_ORDER, worstOf } from './overview-series';
import { OVERVIEW_TEXT } from './overview-text';

export interface OverviewChartsProps {
  points: readonly OverviewPoint[];
  issues: readonly Issue[];
  /** The project picked last (its code), marked in the table. */
  picked?: string;
  /** A point was clicked (or chosen from the table): select its row, list its findings. */
  onPick(point: OverviewPoint): void;
}

const SCATTER_HEIGHT = 280;

/**
 * Progress against disbursement for every project, coloured by its worst finding, with the
 * diagonal; the findings per rule as bars; the same points as a table for screen readers
 * (visually hidden until "Show as table"); the projects left off the chart, with the reason.
 */
export default function OverviewCharts({ points, issues, picked, onPick }: OverviewChartsProps) {
  const { lang } = useUiText();
  const text = OVERVIEW_TEXT[lang];
  const styles = useOverviewChartsStyles();
  const section = useSectionStyles();
  const [tableShown, setTableShown] = useState(false);
  const scatterTitleId = useId('scatter-title');
  const rulesTitleId = useId('rules-title');
  const tableId = useId('overview-table');

  const series = useMemo(() => scatterSeries(points, lang, onPick), [points, lang, onPick]);
  const axis = useMemo(() => axisRange(points), [points]);
  const bars = useMemo(() => ruleBars(findingsPerRule(issues), lang), [issues, lang]);
  const notPlotted = points.filter((point) => !isPlotted(point));

  // A marker has the focus (the chart makes each one a tab stop): Enter or Space picks it, as a click does.
  const byLabel = useMemo(() => {
    const map = new Map<string, OverviewPoint>();
    for (const point of points) if (isPlotted(point)) map.set(pointLabel(point, lang), point);
    return map;
  }, [points, lang]);
  const markerOf = (target: EventTarget) => byLabel.get((target as Element).getAttribute?.('aria-label') ?? '');
  const onMarkerKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const point = markerOf(event.target);
    if (!point) return;
    event.preventDefault();
    onPick(point);
  };
  // The project under the pointer or the focus is named below the chart. (The chart's own callout lists every
  // project at the same progress under the one pointed at, and overflows a narrow pane.)
  const [pointed, setPointed] = useState<OverviewPoint>();
  const onMarkerPointed = (event: SyntheticEvent<HTMLDivElement>) => {
    const point = markerOf(event.target);
    if (point) setPointed(point);
  };
  const pickedPoint = points.find((point) => point.code === picked);
  const named = pointed ?? (pickedPoint && isPlotted(pickedPoint) ? pickedPoint : undefined);

  return (
    <div className={styles.root}>
      <p className={mergeClasses(section.secondaryText, styles.intro)}>{text.intro}</p>
      <figure className={styles.figure} aria-labelledby={scatterTitleId}>
        <figcaption id={scatterTitleId} className={styles.chartTitle}>{text.scatterTitle}</figcaption>
        <div
          className={styles.scatter}
          onKeyDown={onMarkerKey}
          onMouseOver={onMarkerPointed}
          onFocus={onMarkerPointed}
          onMouseLeave={() => setPointed(undefined)}
          onBlur={() => setPointed(undefined)}
          data-chart="scatter"
        >
          <LineChart
            data={{ lineChartData: series }}
            height={SCATTER_HEIGHT}
            // The y axis gets the chart's room around the markers: the x axis the same, so the two scales match.
            xMinValue={axis.minimum - axis.padding}
            xMaxValue={axis.maximum + axis.padding}
            yMinValue={axis.minimum}
            yMaxValue={axis.maximum}
            tickValues={axis.ticks}
            yAxisTickValues={axis.ticks}
            xAxisTitle={text.xAxis}
            yAxisTitle={text.yAxis}
            margins={{ top: 16, right: 16, bottom: 56, left: 64 }}
            tickFormat={(value: number | Date) => `${String(value)}%`}
            yAxisTickFormat={(value: number) => `${value}%`}
            // The legend is the pane's own, below: it names what the colours say without turning series off.
            hideLegend
            culture={lang === 'th' ? 'th-TH' : 'en-US'}
            hideTooltip
          />
        </div>
        <ul className={styles.legend}>
          <li className={styles.legendItem}>
            <span className={styles.diagonalSwatch} aria-hidden="true" />
            {text.diagonal}
          </li>
          {WORST_ORDER.filter((worst) => points.some((point) => isPlotted(point) && worstOf(point) === worst)).map((worst) => (
            <li key={worst} className={styles.legendItem}>
              <span className={mergeClasses(styles.dotSwatch, styles[worst])} aria-hidden="true" />
              {text.worstLegend[worst]}
            </li>
          ))}
        </ul>
        {/* The marker's own label says the same to a screen reader. */}
        <p className={styles.pointed} aria-hidden="true">
          {named && isPlotted(named) ? pointLabel(named, lang) : text.pointHint}
        </p>
      </figure>
      {notPlotted.length > 0 && (
        <div className={styles.notPlotted}>
          <p className={styles.notPlottedTitle}>{text.notPlottedTitle({ count: notPlotted.length })}</p>
          <ul className={styles.notPlottedList}>
            {notPlotted.map((point) => (
              <li key={point.code}>
                {point.name ? `${point.code} · ${point.name}` : point.code}: {text.notPlotted[point.reason!]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Button
        className={styles.tableToggle}
        aria-expanded={tableShown}
        aria-controls={tableId}
        onClick={() => setTableShown((shown) => !shown)}
      >
        {tableShown ? text.hideTable : text.showTable}
      </Button>
      <div id={tableId} className={tableShown ? styles.tableScroller : styles.visuallyHidden}>
        <table className={styles.table}>
          <caption className={styles.caption}>{text.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.columnProject}</th>
              <th scope="col" className={styles.numeric}>{text.columnProgress}</th>
              <th scope="col" className={styles.numeric}>{text.columnDisbursed}</th>
              <th scope="col">{text.columnWorst}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.code} aria-current={point.code === picked ? 'true' : undefined} className={point.code === picked ? styles.pickedRow : undefined}>
                <th scope="row" className={styles.projectCell}>
                  {/* Only while the table is shown: a hidden table holds no tab stops. */}
                  {tableShown ? (
                    <Link as="button" onClick={() => onPick(point)} aria-label={text.selectProject({ code: point.code })}>{point.code}</Link>
                  ) : point.code}
                  {point.name && <span className={styles.projectName}>{point.name}</span>}
                  {point.reason && <span className={styles.notPlottedNote}>{text.notPlottedNote({ reason: text.notPlotted[point.reason] })}</span>}
                </th>
                <td className={styles.numeric}>{point.progress === undefined ? '—' : text.percent({ value: point.progress })}</td>
                <td className={styles.numeric}>{point.disbursedPercent === undefined ? '—' : text.percent({ value: point.disbursedPercent })}</td>
                <td>{text.worstCell[worstOf(point)]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {bars.length > 0 && (
        <figure className={styles.figure} aria-labelledby={rulesTitleId}>
          <figcaption id={rulesTitleId} className={styles.chartTitle}>{text.rulesTitle}</figcaption>
          {/* Each bar's title and count are written beside it: no callout needed. */}
          <HorizontalBarChart data={bars} variant={HorizontalBarChartVariant.AbsoluteScale} culture={lang === 'th' ? 'th-TH' : 'en-US'} hideTooltip />
        </figure>
      )}
    </div>
  );
}
