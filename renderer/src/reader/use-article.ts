import { useEffect, useState } from 'react';
import type { ArticleView } from '../../../electron/contract/model';
import { describeError } from '../api/api-error';
import { call } from '../api/client';

/**
 * Load one article; `error` is a sentence for the user when it cannot be opened. `reload` reads
 * it again (after its text was restored).
 */
export function useArticle(id: string): {
  article: ArticleView | null;
  error: string | null;
  reload: () => void;
} {
  const [article, setArticle] = useState<ArticleView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    call('articles/get', { id }).then(
      (value) => live && setArticle(value),
      (failure: unknown) => live && setError(describeError(failure)),
    );
    return () => {
      live = false;
    };
  }, [id, version]);
  return { article, error, reload: () => setVersion((n) => n + 1) };
}
