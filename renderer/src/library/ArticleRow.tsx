import type { MouseEvent } from 'react';
import type { ArticleSummary, ReadingState } from '../../../electron/contract/model';
import { formatDate, plural, readingTime } from '../common/format';
import { TrashIcon } from '../common/icons';
import { articleOrigin } from '../common/links';
import { routeHash } from '../common/route';
import { READING_STATE_LABELS, READING_STATES } from '../common/vocabulary';
import { STATE_ICONS } from '../reading-state/ReadingStateButtons';
import { TagChip } from '../tags/TagChip';

export function ArticleRow({
  article,
  onDelete,
  onMove,
  selected,
  onSelect,
}: {
  article: ArticleSummary;
  onDelete: (article: ArticleSummary) => void;
  onMove: (article: ArticleSummary, state: ReadingState) => void;
  selected: boolean;
  onSelect: (event: MouseEvent, article: ArticleSummary) => void;
}) {
  const percent = Math.round(article.progress * 100);
  return (
    <li
      className={`article-row${selected ? ' is-selected' : ''}`}
      data-testid="article-row"
      data-article-id={article.id}
    >
      <input
        type="checkbox"
        className="article-row-check"
        checked={selected}
        aria-label={`Select “${article.title}”`}
        // The click carries Shift and Ctrl/Cmd for ranges; the change itself is the click's.
        onClick={(event) => onSelect(event, article)}
        onChange={() => undefined}
      />
      <div className="article-row-main">
        <h2 className="article-row-title">
          <a href={routeHash({ name: 'reader', id: article.id, at: null })}>{article.title}</a>
        </h2>
        <p className="article-row-meta">
          {article.publishedAt && (
            <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
          )}
          {article.byline && <span>{article.byline}</span>}
          <span>{articleOrigin(article).label}</span>
          <span>{readingTime(article.wordCount)}</span>
          <span data-testid="highlight-count">{plural(article.highlightCount, 'highlight')}</span>
          {article.readingState !== 'inbox' && (
            <span className="state-badge" data-testid="reading-state">
              {READING_STATE_LABELS[article.readingState].tab}
            </span>
          )}
        </p>
        {article.tags.length > 0 && (
          <ul className="tag-list" aria-label="Tags">
            {article.tags.map((tag) => (
              <TagChip key={tag} name={tag} />
            ))}
          </ul>
        )}
      </div>
      <div className="article-row-side">
        {percent > 0 && (
          <div className="progress" role="img" aria-label={percent >= 99 ? 'Finished' : `Read ${percent}%`}>
            <div className="progress-track">
              <div className="progress-fill" style={{ width: `${percent}%` }} />
            </div>
            <span className="progress-label">{percent >= 99 ? 'Finished' : `${percent}%`}</span>
          </div>
        )}
        {READING_STATES.filter((state) => state !== article.readingState).map((state) => {
          const Icon = STATE_ICONS[state];
          const { action, key } = READING_STATE_LABELS[state];
          return (
            <button
              key={state}
              type="button"
              className="icon-button icon-button-quiet"
              aria-label={`${action}: “${article.title}”`}
              aria-keyshortcuts={key}
              title={`${action} (${key})`}
              onClick={() => onMove(article, state)}
            >
              <Icon />
            </button>
          );
        })}
        <button
          type="button"
          className="icon-button icon-button-quiet"
          aria-label={`Delete “${article.title}”`}
          title="Move to the trash (Delete)"
          aria-keyshortcuts="Delete"
          onClick={() => onDelete(article)}
        >
          <TrashIcon />
        </button>
      </div>
    </li>
  );
}
