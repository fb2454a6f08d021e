import { useEffect, useRef, useState } from 'react';
import type { ServerEvent } from '../../../electron/contract/server-events';
import { WINDOW_ID } from '../api/client';
import { onServerEvent } from '../api/events';

/** Hear the core's events while mounted; `handler` may change on every render. */
export function useServerEvent(handler: (event: ServerEvent) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => onServerEvent((event) => latest.current(event)), []);
}

/** True for an event of a change this window made itself (an undo's changes it did not: it reads them). */
export const isOwnChange = (event: ServerEvent): boolean =>
  event.name === 'library/changed' && event.payload.origin === WINDOW_ID && !event.payload.replay;

/** For `useLibraryVersion`: a reload, or a change whose type starts with `prefix` ('article/', 'rule/'). */
export const changesOf =
  (prefix: string) =>
  (event: ServerEvent): boolean =>
    event.name === 'library/reloaded' ||
    (event.name === 'library/changed' && event.payload.type.startsWith(prefix));

/** Changes come in bursts (an import of many files, a bulk tag): lists read again once per burst. */
const COALESCE_MS = 250;

/**
 * A number that grows when the library changed (any window, any script) or was reloaded: a
 * dependency for lists that should read again. `relevant` narrows which changes count.
 */
export function useLibraryVersion(relevant: (event: ServerEvent) => boolean = () => true): number {
  const [version, setVersion] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useServerEvent((event) => {
    if (
      event.name === 'entities/state' ||
      event.name === 'shell/deep-link' ||
      event.name === 'search/indexing'
    )
      return;
    if (!relevant(event) || timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      setVersion((value) => value + 1);
    }, COALESCE_MS);
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  return version;
}
