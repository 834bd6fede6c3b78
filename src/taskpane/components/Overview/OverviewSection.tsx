import type { Issue } from '../../../core/model';
import type { OverviewPoint } from '../../../core/output/overview-points';
import { useUiText } from '../../language';
import { LazySection } from '../LazySection/LazySection';

export interface OverviewSectionProps {
  points: readonly OverviewPoint[];
  issues: readonly Issue[];
  picked?: string;
  onPick(point: OverviewPoint): void;
}

/** The charts, in a chunk of their own: fetched the first time the overview is opened. */
const loadCharts = () => import(/* webpackChunkName: "overview" */ './OverviewCharts');

/**
 * The reviewer's overview (DESIGN §1): a button that opens the charts of every project's
 * progress against its disbursement and of the findings per rule, loaded on demand.
 */
export function OverviewSection(props: OverviewSectionProps) {
  const { text } = useUiText();
  return (
    <LazySection
      text={{ heading: text.overviewHeading, open: text.showOverview, close: text.hideOverview, loading: text.overviewLoading, loadFailed: text.overviewLoadFailed }}
      load={loadCharts}
      body={props}
    />
  );
}
