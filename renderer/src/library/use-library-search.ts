import { useEffect, useState } from 'react';
import type { SearchResults } from '../../../electron/contract/model';
import { describeError } from '../api/api-error';
import { call } from '../api/client';

export interface LibrarySearchState {
  /** The answer for `query`; null before the first one arrives. */
  results: SearchResults | null;
  /** A newer query is on its way (the first search of a session reads every notes file). */
  pending: boolean;
  error: string | null;
}

/**
 * `search/query` for the settled text of the search box, within the tag the library is filtered
 * by (if any); `version` asks again after changes.
 */
export function useLibrarySearch(query: string, tag: string | null, version: number): LibrarySearchState {
  const [state, setState] = useState<LibrarySearchState>({ results: null, pending: false, error: null });
  useEffect(() => {
    if (!query) {
      setState({ results: null, pending: false, error: null });
      return;
    }
    let live = true;
    setState((previous) => ({ ...previous, pending: true }));
    call('search/query', { query, ...(tag ? { tag } : {}) }).then(
      (results) => live && setState({ results, pending: false, error: null }),
      (error: unknown) => live && setState({ results: null, pending: false, error: describeError(error) }),
    );
    return () => {
      live = false;
    };
  }, [query, tag, version]);
  return state;
}

/**
 * Articles with a match other than their title (title matches show in the article list), and
 * every article a filter-only query lists.
 */
export function writtenMatches(results: SearchResults): SearchResults['articles'] {
  return results.articles.filter(
    (article) => article.matches.length === 0 || article.matches.some((match) => match.kind !== 'title'),
  );
}
