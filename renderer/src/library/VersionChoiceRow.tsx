import { useEffect, useId, useRef, useState } from 'react';
import { isTypingIn } from '../common/typing-focus';
import type { VersionChoice, VersionQuestion } from './version-question';

/**
 * A batch's question about an item the library has in an earlier version, asked in its progress
 * panel instead of a dialog per item: the batch waits, the rest of the window stays usable. The
 * default answer takes the focus (Enter takes it) unless the user is typing somewhere. With
 * more items to come, "the same for the rest" answers their questions alike (`onRest`).
 */
export function VersionChoiceRow({
  question,
  more,
  onRest,
}: {
  question: VersionQuestion;
  /** Items of the batch not imported yet, after this one. */
  more: number;
  onRest: (choice: VersionChoice) => void;
}) {
  const { article } = question;
  const first = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [forRest, setForRest] = useState(false);
  const answer = (choice: VersionChoice) => {
    if (forRest) onRest(choice);
    question.answer(choice);
  };
  useEffect(() => {
    if (!isTypingIn(document.activeElement)) first.current?.focus();
  }, []);
  return (
    <div className="import-question" role="group" aria-labelledby={titleId} data-testid="import-question">
      <p id={titleId} className="import-question-title">
        “{article.title}” is already in your library in an earlier version.
      </p>
      <p className="import-question-hint">
        A new version keeps your notes and highlights, moved to where their passages are now.
      </p>
      <div className="import-question-actions">
        <button
          ref={first}
          type="button"
          className="button button-small button-primary"
          onClick={() => answer('version')}
        >
          Import as new version
        </button>
        <button type="button" className="button button-small" onClick={() => answer('separate')}>
          Keep both
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          title="Leave the article as it is and go on with the batch"
          onClick={() => answer('cancel')}
        >
          Skip
        </button>
      </div>
      {more > 0 && (
        <label className="import-question-rest">
          <input type="checkbox" checked={forRest} onChange={(event) => setForRest(event.target.checked)} />
          The same for the rest of this import
        </label>
      )}
    </div>
  );
}
