import type { MouseEvent } from 'react';
import type { ArticleSummary, ReadingState } from '../../../electron/contract/model';
import type { Selection } from '../common/selection';
import { READING_STATE_LABELS } from '../common/vocabulary';
import { ArticleRow } from './ArticleRow';
import { ImportButton } from './ImportButton';

/** The list, or the right empty state: an empty library, or nothing matching the filters. */
export function ArticleList({
  articles,
  filtered,
  onClearFilters,
  onDelete,
  onMove,
  state,
  selection,
  onSelect,
  failed = false,
  otherMatches = false,
}: {
  failed?: boolean;
  /** Search results show above: say only that no article itself matches. */
  otherMatches?: boolean;
  articles: ArticleSummary[] | null;
  filtered: boolean;
  onClearFilters: () => void;
  onDelete: (article: ArticleSummary) => void;
  onMove: (article: ArticleSummary, state: ReadingState) => void;
  /** The reading state listed, or null for all. */
  state: ReadingState | null;
  selection: Selection;
  onSelect: (event: MouseEvent, article: ArticleSummary) => void;
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
  if (articles.length === 0 && state !== null) {
    return (
      <div className="empty-state">
        <h2>Nothing in {READING_STATE_LABELS[state].tab}</h2>
        <p>{EMPTY_STATE_HINTS[state]}</p>
        {state === 'inbox' && <ImportButton className="button button-primary" />}
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
        <ArticleRow
          key={article.id}
          article={article}
          onDelete={onDelete}
          onMove={onMove}
          selected={selection.ids.has(article.id)}
          onSelect={onSelect}
        />
      ))}
    </ul>
  );
}

const EMPTY_STATE_HINTS: Record<ReadingState, string> = {
  inbox: 'New articles arrive here. Everything else is under Later, Archive or All.',
  later: 'Press L on an article, or its clock button, to keep it for later.',
  archive: 'Press A on an article you are done with, or its archive button, to put it here.',
};
