import { useCallback } from 'react';
import type { ArticleSummary, ReadingState } from '../../../electron/contract/model';
import { call } from '../api/client';
import { articlesLabel } from '../common/format';
import { useToasts } from '../common/toast-context';
import { READING_STATE_LABELS } from '../common/vocabulary';

type Movable = Pick<ArticleSummary, 'id' | 'title' | 'readingState'>;

/**
 * Move articles to a reading state, with a toast whose Undo (or Ctrl/Cmd+Z) puts each back
 * where it was. `onMoved` runs after the move and after an undo, so lists can reload.
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
        action: {
          label: 'Undo',
          run: async () => {
            for (const before of new Set(moving.map((article) => article.readingState))) {
              const ids = moving
                .filter((article) => article.readingState === before)
                .map((article) => article.id);
              await call('articles/setReadingState', { ids, state: before });
            }
            onMoved(moving[0]!.readingState);
          },
        },
      });
      return true;
    },
    [notify, reportError, onMoved],
  );
}
