import { useEffect, useState } from 'react';
import { describeError } from '../api/api-error';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { replaceRoute } from '../common/route';
import { useArmed } from '../common/use-armed';
import { useToasts } from '../common/toast-context';
import { useImport } from './import-context';
import { importUrl } from './import-url';
import { webAddress } from '../common/links';

/**
 * The question a link from outside Gloss (the bookmarklet, a `gloss://import` link) gets before
 * anything is fetched: "Import this page?" with the full address. A web page can send someone
 * here, but only a click on Import in Gloss's own page imports: Cancel has focus, Esc cancels,
 * and Import works only once the window has been in front a moment (never while it is not).
 * Imported, the article opens; a failure is said here, with the chance to try again.
 */
export function ImportConfirm({ url }: { url: string }) {
  const { notify } = useToasts();
  const { settleUrl } = useImport();
  const address = webAddress(url);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The page that sent the link may have put this on screen under the user's pointer.
  const armed = useArmed();

  useEffect(() => {
    if (address) return;
    notify({ tone: 'error', message: 'That link does not name a web page (http: or https:) to import.' });
    replaceRoute({ name: 'library' });
  }, [address, notify]);
  if (!address) return null;

  const confirm = () => {
    setBusy(true);
    setProblem(null);
    importUrl(address).then(
      (article) => {
        if (article.existing === 'changed') {
          // The library has an earlier version: the import goes on with the question every import asks.
          settleUrl(address, article);
          replaceRoute({ name: 'library' });
          return;
        }
        notify({ tone: 'success', message: `Imported “${article.title}”.` });
        replaceRoute({ name: 'reader', id: article.id, at: null });
      },
      (error: unknown) => {
        setBusy(false);
        setProblem(describeError(error));
      },
    );
  };

  return (
    <ConfirmDialog
      open
      title="Import this page?"
      confirmLabel={problem ? 'Try again' : 'Import'}
      busyLabel="Importing…"
      busy={busy}
      confirmDisabled={!armed}
      onConfirm={confirm}
      onCancel={() => replaceRoute({ name: 'library' })}
    >
      <p className="import-confirm-url" data-testid="import-confirm-url">
        {address}
      </p>
      <p>
        A link from outside Gloss asks to add this page to your library. Gloss fetches it once and keeps it to
        read offline. Nothing is fetched unless you choose Import.
      </p>
      {problem && (
        <p className="import-confirm-problem" role="alert">
          {problem}
        </p>
      )}
    </ConfirmDialog>
  );
}
