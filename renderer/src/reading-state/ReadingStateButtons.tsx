import { useEffect, useRef, useState, type JSX } from 'react';
import type { ArticleSummary, ReadingState } from '../../../electron/contract/model';
import { ArchiveIcon, InboxIcon, LaterIcon } from '../common/icons';
import { READING_STATE_LABELS, READING_STATES } from '../common/vocabulary';
import { stateForKey } from './reading-state-keys';
import { useMoveArticles } from './use-move-articles';

export const STATE_ICONS: Record<ReadingState, () => JSX.Element> = {
  inbox: InboxIcon,
  later: LaterIcon,
  archive: ArchiveIcon,
};

/** The open article's reading state as three toggles, with the keys I, L and A. */
export function ReadingStateButtons({ article }: { article: ArticleSummary }) {
  const [state, setState] = useState(article.readingState);
  const move = useMoveArticles(setState);
  const latest = useRef({ article: { ...article, readingState: state }, move });
  latest.current = { article: { ...article, readingState: state }, move };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const wanted = stateForKey(event);
      if (!wanted) return;
      event.preventDefault();
      void latest.current.move([latest.current.article], wanted);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="reading-state-buttons" role="group" aria-label="Reading state">
      {READING_STATES.map((option) => {
        const { tab, action, key } = READING_STATE_LABELS[option];
        const Icon = STATE_ICONS[option];
        return (
          <button
            key={option}
            type="button"
            className="icon-button"
            aria-pressed={state === option}
            aria-label={tab}
            aria-keyshortcuts={key}
            title={`${action} (${key})`}
            onClick={() => void move([{ ...article, readingState: state }], option)}
          >
            <Icon />
          </button>
        );
      })}
    </div>
  );
}
