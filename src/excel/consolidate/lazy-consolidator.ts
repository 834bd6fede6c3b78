/**
 * The Checker's WorkbookConsolidator as the pane first gets it: each method fetches the real one
 * (consolidator.ts, with the reading of the earlier output) on first use, so a pane that never
 * consolidates never loads it.
 */
import type { ExcelHost } from '../host';
import { onFirstUse } from '../on-first-use';
import type { Exclusive } from './consolidator';
import type { WorkbookConsolidator } from './types';

export function lazyWorkbookConsolidator(host: ExcelHost, exclusive: Exclusive): WorkbookConsolidator {
  const real = onFirstUse(() => import(/* webpackChunkName: "consolidate-host" */ './consolidator')
    .then(({ createWorkbookConsolidator }) => createWorkbookConsolidator(host, exclusive)));
  return {
    listSheets: async () => (await real()).listSheets(),
    readSheets: async (names) => (await real()).readSheets(names),
    earlier: async () => (await real()).earlier(),
    write: async (result, options) => (await real()).write(result, options),
  };
}
