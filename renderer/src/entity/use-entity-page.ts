import { useCallback, useEffect, useState } from 'react';
import type { EntityPage, EntityType } from '../../../electron/contract/model';
import type { ServerEvent } from '../../../electron/contract/server-events';
import { describeError } from '../api/api-error';
import { call } from '../api/client';
import { isOwnChange, useServerEvent } from '../common/use-server-event';

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Whether `event` changes what the page of `name` shows and this window did not make it: a
 * note on this entity or a library rule saved elsewhere, or the whole library reloaded.
 */
function changesPage(event: ServerEvent, name: string, type: EntityType): boolean {
  if (event.name === 'library/reloaded') return true;
  if (event.name !== 'library/changed' || isOwnChange(event)) return false;
  const { type: change, entity } = event.payload;
  if (change === 'entity-note/saved') return entity?.type === type && sameName(entity.name, name);
  return change.startsWith('rule/');
}

/**
 * An entity's page from the core; null while it first loads. `reload` reads it again in place;
 * so does a change made elsewhere to its note or to the library's rules.
 */
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
  useServerEvent((event) => {
    if (changesPage(event, page?.name ?? name, type)) reload();
  });
  return { page, error, reload };
}
