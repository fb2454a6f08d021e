import { useToasts } from './toast-context';
import { navigate } from './route';
import { useServerEvent } from './use-server-event';

/**
 * `gloss://` links the desktop app was sent (the shell checked them and tells them as events):
 * an import goes to its confirmation (nothing is fetched before the user says Import), an open
 * goes to the article at its highlight, and a refused link says why nothing happened.
 */
export function useDeepLinks(): void {
  const { notify } = useToasts();
  useServerEvent((event) => {
    if (event.name !== 'shell/deep-link') return;
    const link = event.payload;
    if (link.kind === 'import') navigate({ name: 'import', url: link.url });
    else if (link.kind === 'open')
      navigate(
        link.highlightId === null
          ? { name: 'reader', id: link.articleId, at: null }
          : { name: 'reader', id: link.articleId, at: null, highlight: link.highlightId },
      );
    else notify({ tone: 'error', message: `Gloss did not follow a link it was sent: ${link.reason}` });
  });
}
