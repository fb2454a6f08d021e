import type { MouseEvent } from 'react';
import type { NotebookEntry } from '../../../electron/contract/model';
import { formatDate } from '../common/format';
import { routeHash } from '../common/route';
import { COLOR_LABELS } from '../common/vocabulary';
import { TagChip } from '../tags/TagChip';

/** One highlight in the notebook: a checkbox, its quote, note and tags, and its article. */
export function NotebookEntryRow({
  entry,
  selected,
  onSelect,
}: {
  entry: NotebookEntry;
  selected: boolean;
  onSelect: (event: MouseEvent, entry: NotebookEntry) => void;
}) {
  const note = entry.note.markdown.trim();
  return (
    <li
      className={`notebook-entry notebook-${entry.color}${selected ? ' is-selected' : ''}`}
      data-testid="notebook-entry"
    >
      <input
        type="checkbox"
        className="notebook-check"
        checked={selected}
        aria-label={`Select “${entry.exact.slice(0, 60)}”`}
        // The click carries Shift and Ctrl/Cmd for ranges; the change itself is the click's.
        onClick={(event) => onSelect(event, entry)}
        onChange={() => undefined}
      />
      <div className="notebook-body">
        <blockquote className="notebook-quote">
          <span className="sr-only">{COLOR_LABELS[entry.color]} highlight: </span>
          {entry.exact}
        </blockquote>
        {note && <p className="notebook-note">{note}</p>}
        {entry.tags.length > 0 && (
          <ul className="tag-list" aria-label="Tags">
            {entry.tags.map((tag) => (
              <TagChip key={tag} name={tag} />
            ))}
          </ul>
        )}
        <p className="notebook-meta">
          <a href={routeHash({ name: 'reader', id: entry.articleId, at: null, highlight: entry.id })}>
            {entry.articleTitle}
          </a>
          <span>{formatDate(entry.createdAt)}</span>
        </p>
      </div>
    </li>
  );
}
