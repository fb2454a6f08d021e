import { EventSource } from 'eventsource';
import type { ServerEvent } from '../../../electron/contract/server-events';
import { authorization } from './client';

type Handler = (event: ServerEvent) => void;

const handlers = new Set<Handler>();
let disconnect: (() => void) | null = null;
let markOpen: () => void = () => undefined;
let open = new Promise<void>((resolve) => (markOpen = resolve));

function tell(event: ServerEvent): void {
  for (const handler of handlers) handler(event);
}

/**
 * One connection per window to the core's events: the Electron bridge, or browser mode's
 * `GET /events` (Server-Sent Events, with the token in the Authorization header as for /rpc).
 * After the stream was cut and came back, events may have been missed: everyone hears
 * `library/reloaded` and reads again.
 */
function connect(): void {
  if (disconnect) return;
  if (window.gloss) {
    disconnect = window.gloss.onEvent(tell);
    markOpen();
    return;
  }
  const source = new EventSource('/events', {
    fetch: (input, init) =>
      fetch(input, { ...init, headers: { ...init.headers, Authorization: authorization() } }),
  });
  let lost = false;
  source.onmessage = (message) => tell(JSON.parse(message.data as string) as ServerEvent);
  source.onerror = () => {
    lost = true;
  };
  source.onopen = () => {
    markOpen();
    if (lost) tell({ name: 'library/reloaded', payload: { reason: 'reconnected' } });
    lost = false;
  };
  disconnect = () => source.close();
}

/** Hear every event of the core; returns the unsubscribe (the last one closes the connection). */
export function onServerEvent(handler: Handler): () => void {
  handlers.add(handler);
  connect();
  return () => {
    handlers.delete(handler);
    if (handlers.size > 0) return;
    disconnect?.();
    disconnect = null;
    open = new Promise<void>((resolve) => (markOpen = resolve));
  };
}

/**
 * Resolves once events are arriving: what is read after it cannot miss a later change (the
 * stream of a window opens asynchronously).
 */
export function eventsOpen(): Promise<void> {
  // A stream that cannot open (reported by its own error) must not hold reads back for long.
  const late = new Promise<void>((resolve) => setTimeout(resolve, OPEN_WAIT_MS));
  return Promise.race([open, late]);
}

const OPEN_WAIT_MS = 2000;
