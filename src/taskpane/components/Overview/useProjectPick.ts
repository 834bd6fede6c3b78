import { useCallback, useEffect, useState } from 'react';
import type { OverviewPoint } from '../../../core/output/overview-points';
import type { CheckerSession } from '../../session/useCheckerSession';

export interface ProjectPick {
  /** The project picked in the overview (its code): the findings list shows only its findings. */
  project?: string;
  /** Selects the project's row in the workbook and narrows the findings list to it. */
  pick(point: OverviewPoint): void;
  /** Back to every project's findings. */
  clear(): void;
}

/**
 * The project picked in the overview. It outlasts a re-validation (a fix, a waiver), so the
 * list stays on the project being worked through; it ends with the results (Clear marks).
 */
export function useProjectPick(session: Pick<CheckerSession, 'summary' | 'selectCell'>): ProjectPick {
  const [project, setProject] = useState<string>();
  const { summary, selectCell } = session;
  useEffect(() => {
    if (!summary) setProject(undefined);
  }, [summary]);
  const pick = useCallback((point: OverviewPoint) => {
    setProject(point.code);
    void selectCell(point.sheet, point.range);
  }, [selectCell]);
  const clear = useCallback(() => setProject(undefined), []);
  return { project, pick, clear };
}
