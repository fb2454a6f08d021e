import { useEffect, useId, useRef } from 'react';
import type { Note } from '../../../electron/contract/model';
import { formatDateTime } from '../common/format';

export type ConflictChoice = 'merge' | 'theirs' | 'mine';

/** Two versions of one note: the one saved elsewhere and the one typed here, not yet saved. */
export interface NoteConflictState {
  theirs: Note;
  mine: Note;
}

function Version({ title, note, testId }: { title: string; note: Note; testId: string }) {
  return (
    <figure className="note-conflict-version" data-testid={testId}>
      <figcaption className="note-conflict-caption">{title}</figcaption>
      <div className="note-conflict-text">{note.markdown.trim() || <em>(empty)</em>}</div>
    </figure>
  );
}

/**
 * Shown in place of saving when another window (or a script) saved the same note first: both
 * versions side by side, readable, and the three ways out. Focus moves to the first choice when
 * the editor had it, so the keyboard user is not left in a note that no longer takes typing.
 */
export function NoteConflict({
  conflict,
  takeFocus,
  onChoose,
}: {
  conflict: NoteConflictState;
  takeFocus: boolean;
  onChoose: (choice: ConflictChoice) => void;
}) {
  const titleId = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) first.current?.focus();
  }, [takeFocus]);
  const when = conflict.theirs.updatedAt ? formatDateTime(conflict.theirs.updatedAt, true) : '';
  return (
    <section className="note-conflict" aria-labelledby={titleId} data-testid="note-conflict">
      <h3 id={titleId} className="note-conflict-title">
        This note was changed in another window
      </h3>
      <p className="note-conflict-message" role="alert">
        It was saved there{when && ` at ${when}`} while you were editing it here. Nothing is lost: choose what
        to keep.
      </p>
      <div className="note-conflict-versions">
        <Version title="Saved in the other window" note={conflict.theirs} testId="conflict-theirs" />
        <Version title="Yours, not saved yet" note={conflict.mine} testId="conflict-mine" />
      </div>
      <div className="note-conflict-actions">
        <button
          ref={first}
          type="button"
          className="button button-small button-primary"
          onClick={() => onChoose('merge')}
        >
          Keep both
        </button>
        <button type="button" className="button button-small" onClick={() => onChoose('mine')}>
          Keep mine
        </button>
        <button type="button" className="button button-small" onClick={() => onChoose('theirs')}>
          Keep theirs
        </button>
      </div>
    </section>
  );
}
