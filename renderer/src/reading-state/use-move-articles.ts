import { useCallback } from 'react';
import type { ArticleSummary, ReadingState } from '../../../electron/contract/model';
import { call } from '../api/client';
import { articlesLabel } from '../common/format';
import { useToasts } from '../common/toast-context';
import { READING_STATE_LABELS } from '../common/vocabulary';

type Movable = Pick<ArticleSummary, 'id' | 'title' | 'readingState'>;

/**
 * Move articles to a reading state in one call, with a toast whose Undo (or Ctrl/Cmd+Z) puts
 * each back where it was, through the window's history. `onMoved` runs after the move (lists
 * also follow the library's events, which is how they see an undo).
 */
export function useMoveArticles(onMoved: (state: ReadingState) => void) {
  const { notify, reportError } = useToasts();
  return useCallback(
    async (articles: readonly Movable[], state: ReadingState): Promise<boolean> => {
      const moving = articles.filter((article) => article.readingState !== state);
      if (moving.length === 0) return false;
      try {
        await call('articles/setReadingState', { ids: moving.map((article) => article.id), state });
      } catch (error) {
        reportError(error, `Could not move ${articlesLabel(moving)}`);
        return false;
      }
      onMoved(state);
      notify({
        tone: 'success',
        message: `${READING_STATE_LABELS[state].done}: ${articlesLabel(moving)}.`,
        undo: true,
      });
      return true;
    },
    [notify, reportError, onMoved],
  );
}
