import { useEffect } from 'react';
import { BackIcon } from '../common/icons';
import { navigate, type ArticleField } from '../common/route';
import { Reader } from './Reader';
import { useArticle } from './use-article';

/** Opens an article by id; the Reader itself only ever sees a loaded article. */
export function ReaderView({
  id,
  at,
  highlight,
  focus,
}: {
  id: string;
  at: number | null;
  highlight: string | null;
  focus: ArticleField | null;
}) {
  const { article, error, reload, generation, versionWaiting, showVersion } = useArticle(id);
  useEffect(() => {
    if (error) document.title = 'Gloss';
  }, [error]);
  if (article)
    return (
      <Reader
        // A restored text, or a new version, is another article for the reader's state: start it afresh.
        key={article.textLost ? 'lost' : `text-${generation}`}
        article={article}
        at={at}
        highlight={highlight}
        focus={focus}
        onReload={reload}
        versionWaiting={versionWaiting}
        onShowVersion={showVersion}
      />
    );
  return (
    <div className="reader-layout">
      <header className="app-header reader-header">
        <button
          type="button"
          className="button button-quiet back-button"
          onClick={() => navigate({ name: 'library' })}
        >
          <BackIcon />
          <span>Library</span>
        </button>
      </header>
      <main className="reader-message">
        {error ? (
          <div className="empty-state" role="alert">
            <h1>This article could not be opened</h1>
            <p>{error}</p>
            <button
              type="button"
              className="button button-primary"
              onClick={() => navigate({ name: 'library' })}
            >
              Back to the library
            </button>
          </div>
        ) : (
          <p role="status">Opening the article…</p>
        )}
      </main>
    </div>
  );
}
