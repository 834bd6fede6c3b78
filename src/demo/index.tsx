/**
 * The demo page (DESIGN §7): the add-in tried without Excel. The sample
 * workbook opens in the simulated host; the grid shows it, the real task pane
 * works on it. `demo.html?lang=th` starts in Thai (otherwise the browser's language).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { snapshotCells, type WorkbookModel } from '../devhost';
import type { Language } from '../excel/types';
import { languageOf } from '../excel/host';
import { DemoSession } from './demo-session';
import { DemoShell } from './DemoShell/DemoShell';
import { saveFileInBrowser } from './save-file';

/** What the browser tests read from the page: the live model, and a snapshot of every cell. */
export interface DemoPageHandle {
  session: DemoSession;
  model(): WorkbookModel | undefined;
  snapshot(): ReturnType<typeof snapshotCells> | undefined;
}

declare global {
  interface Window {
    reportCheckerDemo?: DemoPageHandle;
  }
}

function startLanguage(search: string, browserLanguage: string): Language {
  const asked = new URLSearchParams(search).get('lang');
  return languageOf(asked ?? browserLanguage);
}

const element = document.getElementById('demo');
if (element) {
  const session = new DemoSession(startLanguage(window.location.search, navigator.language), saveFileInBrowser);
  window.reportCheckerDemo = {
    session,
    model: () => session.model(),
    snapshot: () => {
      const model = session.model();
      return model && snapshotCells(model);
    },
  };
  createRoot(element).render(
    <StrictMode>
      <DemoShell session={session} />
    </StrictMode>,
  );
  void session.loadSample();
}
