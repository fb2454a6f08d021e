import { useEffect, useRef, useState } from 'react';
import type { SearchIndexing } from '../../../electron/contract/model';
import { useServerEvent } from '../common/use-server-event';

/**
 * How far the core's search index build is, while one runs (null otherwise): from its
 * `search/indexing` events, or from a search answer (a window opened in the middle of a build
 * has heard no event yet). `onDone` is called once a build this window saw ends, so answers
 * given from a part of the index can be asked again.
 */
export function useSearchIndexing(
  answered: SearchIndexing | undefined,
  onDone: () => void,
): SearchIndexing | null {
  // 'done': the last build heard of ended (an answer given before that is out of date).
  const [heard, setHeard] = useState<SearchIndexing | 'done' | null>(null);
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });
  useServerEvent((event) => {
    if (event.name !== 'search/indexing') return;
    if (event.payload.indexed < event.payload.total) {
      setHeard(event.payload);
      return;
    }
    setHeard('done');
    done.current();
  });
  if (heard === 'done') return null;
  return heard ?? (answered && answered.indexed < answered.total ? answered : null);
}

/** "Indexing 1,200 of 10,000": what the search box says during a build. */
export function indexingLabel({ indexed, total }: SearchIndexing): string {
  return `Indexing ${indexed.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
}
