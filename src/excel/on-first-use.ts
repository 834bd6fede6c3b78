/**
 * Code the pane fetches the first time it is needed rather than with the pane (its own chunk), so
 * the pane starts with less. The fetch is kept; a failed one (the network, an add-in updated
 * meanwhile) is forgotten, so the next use tries again.
 */
export function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  }));
}
