import { useCallback } from 'react';
import type { ArticleSummary } from '../../../electron/contract/model';
import { describeError } from '../api/api-error';
import { call } from '../api/client';
import { articlesLabel } from '../common/format';
import { useToasts } from '../common/toast-context';

/**
 * Move articles to the trash, with no question asked, in one call: the toast's Undo (or
 * Ctrl/Cmd+Z) takes that step back through the window's history, and the Trash view keeps them
 * 30 days. `onChanged` runs after the delete (lists also follow the library's events).
 */
export function useDeleteArticles(onChanged: () => void) {
  const { notify, reportError } = useToasts();
  return useCallback(
    async (articles: readonly Pick<ArticleSummary, 'id' | 'title'>[]): Promise<void> => {
      if (articles.length === 0) return;
      try {
        await call('articles/delete', { ids: articles.map((article) => article.id) });
      } catch (error) {
        // All or nothing: the core refuses the whole call before it deletes any of them.
        reportError(
          `Could not delete ${articlesLabel(articles)}: nothing was moved to the trash. ${describeError(error)}`,
        );
        return;
      }
      onChanged();
      notify({ tone: 'success', message: `Moved ${articlesLabel(articles)} to the trash.`, undo: true });
    },
    [notify, reportError, onChanged],
  );
}
