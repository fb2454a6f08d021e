import type { ArticleSummary } from '../../../electron/contract/model';
import { ArticleRow } from './ArticleRow';
import { ImportButton } from './ImportButton';

/** The list, or the right empty state: an empty library, or nothing matching the filters. */
export function ArticleList({
  articles,
  filtered,
  onClearFilters,
  onChanged,
  failed = false,
  otherMatches = false,
}: {
  failed?: boolean;
  /** Search results show above: say only that no article itself matches. */
  otherMatches?: boolean;
  articles: ArticleSummary[] | null;
  filtered: boolean;
  onClearFilters: () => void;
  onChanged: () => void;
}) {
  if (articles === null) {
    if (failed) return null;
    return (
      <p className="library-loading" role="status">
        Opening your library…
      </p>
    );
  }
  if (articles.length === 0 && filtered && otherMatches) {
    return <p className="library-loading">No titles, authors or sources match.</p>;
  }
  if (articles.length === 0 && filtered) {
    return (
      <div className="empty-state">
        <h2>No articles match</h2>
        <p>Try other words, or another tag.</p>
        <button type="button" className="button" onClick={onClearFilters}>
          Clear search and filter
        </button>
      </div>
    );
  }
  if (articles.length === 0) {
    return (
      <div className="empty-state">
        <h2>Your library is empty</h2>
        <p>Import a plain text or Markdown article, or drop a file anywhere in this window.</p>
        <ImportButton className="button button-primary" />
      </div>
    );
  }
  return (
    <ul className="article-list" aria-label="Articles">
      {articles.map((article) => (
        <ArticleRow key={article.id} article={article} onChanged={onChanged} />
      ))}
    </ul>
  );
}
