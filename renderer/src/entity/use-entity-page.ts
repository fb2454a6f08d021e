import { useEffect, useState } from 'react';
import type { EntityPage, EntityType } from '../../../electron/contract/model';
import { describeError } from '../api/api-error';
import { call } from '../api/client';

/** An entity's page from the core; null while it loads. */
export function useEntityPage(name: string, type: EntityType) {
  const [page, setPage] = useState<EntityPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setPage(null);
    call('entities/page', { name, type }).then(
      (result) => live && setPage(result),
      (failure: unknown) => live && setError(describeError(failure)),
    );
    return () => {
      live = false;
    };
  }, [name, type]);
  return { page, error };
}
