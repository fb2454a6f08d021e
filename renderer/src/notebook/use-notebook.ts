import { useEffect, useState } from 'react';
import type { NotebookEntry } from '../../../electron/contract/model';
import { describeError } from '../api/api-error';
import { call } from '../api/client';
import { listParams, type NotebookFilters } from './notebook-filters';

/** How many highlights the notebook shows at first, and adds with "Show more". */
export const PAGE = 100;
/** The most `highlights/list` answers in one call. */
const MOST = 500;

async function load(
  filters: NotebookFilters,
  count: number,
): Promise<{ entries: NotebookEntry[]; total: number }> {
  const entries: NotebookEntry[] = [];
  let total = 0;
  do {
    const page = await call('highlights/list', {
      ...listParams(filters, Math.min(MOST, count - entries.length)),
      offset: entries.length,
    });
    entries.push(...page.entries);
    total = page.total;
    if (page.entries.length === 0) break;
  } while (entries.length < Math.min(count, total));
  return { entries, total };
}

/**
 * The first `count` highlights that pass the filters (in calls of at most 500); `version`
 * reads them again, e.g. after a bulk change.
 */
export function useNotebook(filters: NotebookFilters, count: number, version: number) {
  const [page, setPage] = useState<{ entries: NotebookEntry[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    load(filters, count).then(
      (result) => {
        if (!live) return;
        setPage(result);
        setError(null);
      },
      (failure: unknown) => {
        if (live) setError(describeError(failure));
      },
    );
    return () => {
      live = false;
    };
  }, [filters, count, version]);
  return { page, error };
}
