import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Highlight } from '../../../electron/contract/model';
import { formatDate } from '../common/format';
import { isPlainKey } from '../common/keyboard';
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
  isNew = false,
  actions,
  onJump,
}: {
  highlight: Highlight;
  active: boolean;
  /** Just made with H or a color: a letter typed on the card starts its note. */
  isNew?: boolean;
  actions: HighlightActions;
  onJump: (highlight: Highlight) => void;
}) {
  const card = useRef<HTMLElement>(null);
  const near = useNearViewport(card);
  const [editing, setEditing] = useState(false);
  // Typing on the card starts its note while it is new and has not lost the focus since.
  const typingStartsNote = useRef(isNew);
  useEffect(() => {
    typingStartsNote.current = isNew;
  }, [isNew]);
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
        if (event.target !== event.currentTarget) return;
        // Enter on the card itself (as after H) starts writing its note, the caret at the end.
        // So does typing on a card just made: select, H, type the note (the letters are not
        // the reader's single-key shortcuts, A would archive the article).
        const typed =
          typingStartsNote.current &&
          event.key.length === 1 &&
          event.key !== ' ' &&
          isPlainKey(event.nativeEvent);
        if (event.key !== 'Enter' && !typed) return;
        event.stopPropagation();
        const editable = card.current?.querySelector<HTMLElement>('[contenteditable="true"]');
        // With the editor focused now, the key's own character goes into it.
        if (event.key === 'Enter' || !editable) event.preventDefault();
        if (!editable) return setEditing(true);
        editable.focus();
        const end = document.createRange();
        end.selectNodeContents(editable);
        end.collapse(false);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(end);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) typingStartsNote.current = false;
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
