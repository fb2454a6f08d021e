import { useCallback, useEffect, useState } from 'react';
import type { TrashedArticle } from '../../../electron/contract/model';
import { describeError } from '../api/api-error';
import { call } from '../api/client';
import { changesOf, useLibraryVersion } from '../common/use-server-event';

/**
 * The trash's contents, read again with `reload` after a restore or a purge, and whenever an
 * article is deleted or restored anywhere (another window, an undo).
 */
export function useTrash() {
  const [articles, setArticles] = useState<TrashedArticle[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const changed = useLibraryVersion(changesOf('article/'));
  useEffect(() => {
    let live = true;
    call('trash/list', {}).then(
      (list) => {
        if (!live) return;
        setArticles(list);
        setError(null);
      },
      (failure: unknown) => {
        if (live) setError(describeError(failure));
      },
    );
    return () => {
      live = false;
    };
  }, [version, changed]);
  const reload = useCallback(() => setVersion((n) => n + 1), []);
  return { articles, error, reload };
}
