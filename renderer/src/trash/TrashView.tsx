import { useEffect, useState } from 'react';
import type { TrashedArticle } from '../../../electron/contract/model';
import { call } from '../api/client';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { articlesLabel, formatDate, plural, relativeTime } from '../common/format';
import { HelpButton } from '../common/HelpButton';
import { BackIcon } from '../common/icons';
import { useReadySignal } from '../common/ready';
import { navigate } from '../common/route';
import { ThemeToggle } from '../common/ThemeToggle';
import { useToasts } from '../common/toast-context';
import { useTags } from '../tags/tags-context';
import { useTrash } from './use-trash';

/** What the user is about to remove for good: some articles, or everything in the trash. */
type Purge = { articles: TrashedArticle[]; all: boolean } | null;

/** Deleted articles, kept 30 days: restore them as they were, or remove them for good. */
export function TrashView() {
  const { articles, error, reload } = useTrash();
  const { notify, reportError } = useToasts();
  const { reload: reloadTags } = useTags();
  const [purge, setPurge] = useState<Purge>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = 'Trash · Gloss';
  }, []);
  useReadySignal('trash', articles !== null);

  const restore = async (article: TrashedArticle) => {
    try {
      await call('trash/restore', { ids: [article.id] });
      notify({ tone: 'success', message: `Restored “${article.title}” to the library.` });
      reloadTags();
    } catch (failure) {
      reportError(failure, `Could not restore “${article.title}”`);
    }
    reload();
  };

  const confirmPurge = async () => {
    if (!purge) return;
    setBusy(true);
    try {
      const ids = purge.all ? undefined : purge.articles.map((article) => article.id);
      const { purged } = await call('trash/purge', ids ? { ids } : {});
      notify({ tone: 'success', message: `Deleted ${plural(purged, 'article')} for good.` });
    } catch (failure) {
      reportError(failure, 'Could not empty the trash');
    } finally {
      setBusy(false);
      setPurge(null);
      reload();
    }
  };

  return (
    <div className="library-layout trash-layout">
      <header className="app-header">
        <button type="button" className="button button-quiet" onClick={() => navigate({ name: 'library' })}>
          <BackIcon /> Library
        </button>
        <div className="header-actions">
          <ThemeToggle />
          <HelpButton />
        </div>
      </header>
      <main className="library-main" aria-labelledby="trash-title">
        <div className="library-heading">
          <h1 id="trash-title">Trash</h1>
          {articles && <p className="library-count">{plural(articles.length, 'article')}</p>}
          {articles && articles.length > 0 && (
            <button
              type="button"
              className="button button-small trash-empty"
              onClick={() => setPurge({ articles, all: true })}
            >
              Empty trash
            </button>
          )}
        </div>
        <p className="library-hint">
          Deleted articles stay here for 30 days with their notes and highlights.
        </p>
        {error && (
          <p className="modal-error" role="alert">
            The trash could not be read. {error}
          </p>
        )}
        {articles && articles.length === 0 && (
          <div className="empty-state">
            <h2>The trash is empty</h2>
            <p>Articles you delete wait here for 30 days before they are gone for good.</p>
          </div>
        )}
        {articles && articles.length > 0 && (
          <ul className="article-list" aria-label="Deleted articles">
            {articles.map((article) => (
              <li key={article.id} className="article-row" data-testid="trash-row">
                <div className="article-row-main">
                  <h2 className="article-row-title">{article.title}</h2>
                  <p className="article-row-meta">
                    <span>
                      Deleted <time dateTime={article.deletedAt}>{relativeTime(article.deletedAt)}</time>
                    </span>
                    <span>
                      Gone for good on <time dateTime={article.purgeAt}>{formatDate(article.purgeAt)}</time>
                    </span>
                    <span>{plural(article.highlightCount, 'highlight')}</span>
                  </p>
                </div>
                <div className="article-row-side">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Restore “${article.title}”`}
                    onClick={() => void restore(article)}
                  >
                    Restore
                  </button>
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    aria-label={`Delete “${article.title}” for good`}
                    onClick={() => setPurge({ articles: [article], all: false })}
                  >
                    Delete for good
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </main>
      <ConfirmDialog
        open={purge !== null}
        title={purge?.all ? 'Empty the trash?' : `Delete ${articlesLabel(purge?.articles ?? [])} for good?`}
        confirmLabel={purge?.all ? 'Empty trash' : 'Delete for good'}
        busyLabel="Deleting…"
        busy={busy}
        onConfirm={() => void confirmPurge()}
        onCancel={() => setPurge(null)}
      >
        <p>
          {purge?.all ? `${articlesLabel(purge.articles)} and their` : 'The article and its'} notes and
          highlights are removed from this computer. This cannot be undone.
        </p>
      </ConfirmDialog>
    </div>
  );
}
