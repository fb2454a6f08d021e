import type { ChangeNotice, ServerEvent, ServerEventName, ServerEvents } from '../../contract/server-events';
import type { Applied } from '../storage/store';
import { currentCall } from './call-context';

export type ServerEventListener = (event: ServerEvent) => void;

/** Where the core's events (contract/server-events.ts) go out to every window listening. */
export class EventHub {
  #listeners = new Set<ServerEventListener>();

  /** Hear every event from now on; returns the unsubscribe. */
  subscribe(listener: ServerEventListener): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  emit<N extends ServerEventName>(name: N, payload: ServerEvents[N]): void {
    if (this.#listeners.size === 0) return;
    const event = { name, payload } as ServerEvent;
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // One window's failure (a closed connection) must not keep the others from hearing it.
      }
    }
  }
}

/** What windows are told of an applied change: enough to know what to read again. */
export function changeNotice({ record }: Applied): ChangeNotice {
  const { change } = record;
  const notice: ChangeNotice = { id: record.id, type: change.type, clock: record.clock };
  if ('articleId' in change) notice.articleId = change.articleId;
  if (change.type === 'article/updated') notice.fields = Object.keys(change.set);
  if (change.type === 'entity-note/saved') notice.entity = { ...change.entity };
  if ('highlightId' in change) notice.highlightId = change.highlightId;
  else if ('highlight' in change) notice.highlightId = change.highlight.id;
  const call = currentCall();
  if (call?.origin) notice.origin = call.origin;
  if (call?.replay) notice.replay = true;
  if (call?.work === 'new-version') notice.version = true;
  return notice;
}
