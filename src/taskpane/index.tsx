import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Checker } from '../excel/types';
import { App } from './App';

export { App } from './App';
export type { AppProps } from './App';

/**
 * Mounts the task pane in `element` over `checker` — the entry of the Office page
 * (Excel's checker) and of the demo page (a checker over the simulated host).
 * Returns the React root so a host page can unmount it.
 */
export function renderTaskpane(element: HTMLElement, checker: Checker): Root {
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <App checker={checker} />
    </StrictMode>,
  );
  return root;
}
