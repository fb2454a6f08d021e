/**
 * What the core tells every window without being asked (the model: Actual Budget's
 * `types/server-events.ts`): one map, event name -> payload. Electron sends them over IPC
 * (`GlossBridge.onEvent`), browser mode as Server-Sent Events on `GET /events` (same token and
 * Host/Origin checks as `/rpc`). A window refetches what an event says changed; the core's
 * answers stay the truth.
 */
import type { EntityState } from './model';
import type { CHANGE_TYPES } from './values';

export type ChangeType = (typeof CHANGE_TYPES)[number];

/** One change the library made durable: by this window, another one, or a script. */
export interface ChangeNotice {
  /** The change record's id. */
  id: string;
  type: ChangeType;
  /** Its hybrid logical clock (sorts changes of every device). */
  clock: string;
  articleId?: string;
  highlightId?: string;
  /** The window whose call made it (the id it sends with its calls); absent for scripts. */
  origin?: string;
}

export interface ServerEvents {
  /** A change was written. */
  'library/changed': ChangeNotice;
  /** The whole library was replaced (a backup restored): read everything again. */
  'library/reloaded': { reason: 'backup-restored' | 'reconnected' };
  /** Entity detection of an article started, moved on, finished or failed. */
  'entities/state': { articleId: string; state: EntityState };
}

export type ServerEventName = keyof ServerEvents;

/** One event as it travels: its name and payload. */
export type ServerEvent = { [N in ServerEventName]: { name: N; payload: ServerEvents[N] } }[ServerEventName];
