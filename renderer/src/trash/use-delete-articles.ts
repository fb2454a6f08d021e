import { useCallback } from 'react';
import type { ArticleSummary } from '../../../electron/contract/model';
import { describeError } from '../api/api-error';
import { call } from '../api/client';
import { articlesLabel } from '../common/format';
import { useToasts } from '../common/toast-context';

/**
 * Move articles to the trash, with no question asked: the toast's Undo (or Ctrl/Cmd+Z) puts
 * them back, and the Trash view keeps them 30 days. `onChanged` runs after the delete and the undo.
 */
export function useDeleteArticles(onChanged: () => void) {
  const { notify, reportError } = useToasts();
  return useCallback(
    async (articles: readonly Pick<ArticleSummary, 'id' | 'title'>[]): Promise<void> => {
      const deleted: Pick<ArticleSummary, 'id' | 'title'>[] = [];
      try {
        for (const article of articles) {
          await call('articles/delete', { id: article.id });
          deleted.push(article);
        }
      } catch (error) {
        const done =
          deleted.length > 0 ? ` ${articlesLabel(deleted)} went to the trash; the rest did not.` : '';
        reportError(`Could not delete ${articlesLabel(articles)}.${done} ${describeError(error)}`);
      }
      if (deleted.length === 0) return;
      onChanged();
      notify({
        tone: 'success',
        message: `Moved ${articlesLabel(deleted)} to the trash.`,
        undo: true,
        action: {
          label: 'Undo',
          run: async () => {
            await call('trash/restore', { ids: deleted.map((article) => article.id) });
            onChanged();
          },
        },
      });
    },
    [notify, reportError, onChanged],
  );
}
