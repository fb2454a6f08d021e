import { useEffect } from 'react';

/**
 * The explicit ready signal e2e tests wait on: `<html data-gloss-ready="library|reader|notebook|entity|rules|trash">` once
 * that view shows real data. Cleared while a view loads, so a test never sees a stale value.
 */
export function useReadySignal(
  view: 'library' | 'reader' | 'notebook' | 'entity' | 'rules' | 'trash',
  ready: boolean,
): void {
  useEffect(() => {
    const root = document.documentElement;
    if (ready) root.dataset.glossReady = view;
    else if (root.dataset.glossReady === view) delete root.dataset.glossReady;
  }, [view, ready]);
  useEffect(
    () => () => {
      if (document.documentElement.dataset.glossReady === view)
        delete document.documentElement.dataset.glossReady;
    },
    [view],
  );
}
