import type { WorkbookConsolidator } from '../../../excel/consolidate/types';
import type { CheckerSettings } from '../../../excel/types';
import type { SaveFile } from '../../download-file';
import { useUiText } from '../../language';
import { LazySection } from '../LazySection/LazySection';

export interface ConsolidateSectionProps {
  consolidator: WorkbookConsolidator;
  settings?: CheckerSettings;
  saveFile: SaveFile;
  /** Selects a cell of the workbook (a finding's cell in the consolidated sheets). */
  onSelectCell(sheet: string, cell: string): void;
}

/** The section's body, in a chunk of its own: fetched the first time the section is opened. */
const loadPanel = () => import(/* webpackChunkName: "consolidate" */ './ConsolidatePanel');

/**
 * The coordinator's consolidation (DESIGN §1, §9): a button that opens the sources, their mapping
 * preview and the run, loaded on demand. Closing keeps the sources gathered.
 */
export function ConsolidateSection(props: ConsolidateSectionProps) {
  const { text } = useUiText();
  return (
    <LazySection
      text={{ heading: text.consolidateHeading, open: text.openConsolidate, close: text.closeConsolidate, loading: text.consolidateLoading, loadFailed: text.consolidateLoadFailed }}
      load={loadPanel}
      body={props}
      keepMounted
    />
  );
}
