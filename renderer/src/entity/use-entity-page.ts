import { useCallback, useEffect, useState } from 'react';
import type { EntityPage, EntityType } from '../../../electron/contract/model';
import { describeError } from '../api/api-error';
import { call } from '../api/client';

/** An entity's page from the core; null while it first loads. `reload` reads it again in place. */
export function useEntityPage(name: string, type: EntityType) {
  const [page, setPage] = useState<EntityPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    call('entities/page', { name, type }).then(
      (result) => live && setPage(result),
      (failure: unknown) => live && setError(describeError(failure)),
    );
    return () => {
      live = false;
    };
  }, [name, type, version]);
  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { page, error, reload };
}
