import { useEffect, useId, useRef } from 'react';
import { isTypingIn } from '../common/typing-focus';
import type { VersionQuestion } from './version-question';

/**
 * A batch's question about an item the library has in an earlier version, asked in its progress
 * panel instead of a dialog per item: the batch waits, the rest of the window stays usable. The
 * default answer takes the focus (Enter takes it) unless the user is typing somewhere.
 */
export function VersionChoiceRow({ question }: { question: VersionQuestion }) {
  const { article, answer } = question;
  const first = useRef<HTMLButtonElement>(null);
  const titleId = useId();
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
    </div>
  );
}
