import { memo, useMemo, useRef, useState } from 'react';
import type { Highlight } from '../../../electron/contract/model';
import { formatDate } from '../common/format';
import { TrashIcon } from '../common/icons';
import { useNearViewport } from '../common/use-near-viewport';
import { NoteEditor } from '../editor/NoteEditor';
import type { HighlightActions } from '../reader/use-highlights';
import { ColorPicker } from './ColorPicker';
import { TagInput } from './TagInput';

/** One highlight: its passage, color, note and tags. Focusing it shows the passage in the text. */
export const HighlightCard = memo(function HighlightCard({
  highlight,
  active,
  actions,
  onJump,
}: {
  highlight: Highlight;
  active: boolean;
  actions: HighlightActions;
  onJump: (highlight: Highlight) => void;
}) {
  const card = useRef<HTMLElement>(null);
  const near = useNearViewport(card);
  const [editing, setEditing] = useState(false);
  const orphan = highlight.anchor === 'orphan';
  const { id, note } = highlight;
  const sync = useMemo(() => ({ stored: note, load: () => actions.loadNote(id) }), [note, id, actions]);
  const short = highlight.exact.length > 60 ? `${highlight.exact.slice(0, 60)}…` : highlight.exact;
  return (
    <article
      ref={card}
      className={`highlight-card card-${highlight.color}${active ? ' is-active' : ''}`}
      data-highlight-id={highlight.id}
      data-card-key={actions.cardKey(highlight)}
      data-testid="highlight-card"
      tabIndex={-1}
      aria-label={`Highlight: ${short}`}
      onKeyDown={(event) => {
        // Enter on the card itself (as after H) starts writing its note, the caret at the end.
        if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
        event.preventDefault();
        const editable = card.current?.querySelector<HTMLElement>('[contenteditable="true"]');
        if (!editable) return setEditing(true);
        editable.focus();
        const end = document.createRange();
        end.selectNodeContents(editable);
        end.collapse(false);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(end);
      }}
      onFocus={(event) => {
        // Only when focus arrives from outside the card: moving within it is not a new visit.
        if (!orphan && !event.currentTarget.contains(event.relatedTarget)) onJump(highlight);
      }}
    >
      <header className="card-header">
        <ColorPicker color={highlight.color} onChange={(color) => actions.setColor(highlight.id, color)} />
        <time className="card-date" dateTime={highlight.createdAt}>
          {formatDate(highlight.createdAt, 'short')}
        </time>
        <button
          type="button"
          className="icon-button icon-button-quiet"
          aria-label="Delete highlight"
          title="Delete highlight"
          onClick={() => actions.remove(highlight.id)}
        >
          <TrashIcon />
        </button>
      </header>
      <button
        type="button"
        className="card-quote"
        onClick={() => onJump(highlight)}
        disabled={orphan}
        title={orphan ? undefined : 'Show in the article'}
      >
        {highlight.exact}
      </button>
      {/* An orphan says nothing of its own: its group ("Not in this version") says it for all. */}
      {highlight.anchor === 'fuzzy' && (
        <p className="card-warning">The text changed; this highlight was re-attached.</p>
      )}
      {near || editing ? (
        <NoteEditor
          note={highlight.note}
          sync={sync}
          label="Note on this highlight"
          placeholder="Write a note…"
          testId="highlight-note"
          autoFocus={editing}
          onSave={(note) => actions.saveNote(highlight.id, note)}
        />
      ) : (
        <button
          type="button"
          className="note-preview"
          onFocus={() => setEditing(true)}
          onClick={() => setEditing(true)}
        >
          {highlight.note.markdown || 'Write a note…'}
        </button>
      )}
      <TagInput
        tags={highlight.tags}
        label="Tags for this highlight"
        testId="highlight-tags"
        onChange={(tags) => actions.setTags(highlight.id, tags)}
      />
    </article>
  );
});
