import type { DeepLink } from '../../../electron/contract/server-events';
import { useToasts } from './toast-context';
import { navigate, type Route } from './route';
import { useServerEvent } from './use-server-event';

/**
 * Where a deep link goes: an import to its confirmation (never straight to `import/url`), an
 * open to the article at its highlight; a refused link goes nowhere.
 */
export function deepLinkRoute(link: DeepLink): Route | null {
  if (link.kind === 'import') return { name: 'import', url: link.url };
  if (link.kind === 'refused') return null;
  return link.highlightId === null
    ? { name: 'reader', id: link.articleId, at: null }
    : { name: 'reader', id: link.articleId, at: null, highlight: link.highlightId };
}

/**
 * `gloss://` links the desktop app was sent (the shell checked them and tells them as events):
 * an import goes to its confirmation (nothing is fetched before the user says Import), an open
 * goes to the article at its highlight, and a refused link says why nothing happened.
 */
export function useDeepLinks(): void {
  const { notify } = useToasts();
  useServerEvent((event) => {
    if (event.name !== 'shell/deep-link') return;
    const route = deepLinkRoute(event.payload);
    if (route) navigate(route);
    else if (event.payload.kind === 'refused')
      notify({ tone: 'error', message: `Gloss did not follow a link it was sent: ${event.payload.reason}` });
  });
}
