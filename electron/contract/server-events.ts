/**
 * What the core tells every window without being asked (the model: Actual Budget's
 * `types/server-events.ts`): one map, event name -> payload. Electron sends them over IPC
 * (`GlossBridge.onEvent`), browser mode as Server-Sent Events on `GET /events` (same token and
 * Host/Origin checks as `/rpc`). A window refetches what an event says changed; the core's
 * answers stay the truth.
 */
import type { EntityState, EntityType, SearchIndexing } from './model';
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
  /** `article/updated`: the entry fields it set. */
  fields?: string[];
  /** `entity-note/saved`: whose note it is (its type and name as saved). */
  entity?: { type: EntityType; name: string };
  /**
   * True for the changes a new version of the article (`import/version`) made: its highlights
   * moved to the new text, then (last) its `article/updated` with the new details. A reader
   * showing the article reads it again on that one: its text, blocks and images are new.
   */
  version?: true;
  /** The window whose call made it (the id it sends with its calls); absent for scripts. */
  origin?: string;
  /**
   * True for a change an undo or redo applied: the window that asked did not make it itself,
   * so it reads what changed again like any other window.
   */
  replay?: true;
}

/**
 * What a `gloss://` link from outside (a bookmarklet, another app) asks, checked by the shell
 * (electron/shell/deep-link.ts): import a web page (only after the user confirms it in Gloss),
 * open an article at a highlight, or nothing, with the reason the link was refused.
 */
export type DeepLink =
  | { kind: 'import'; url: string }
  | { kind: 'open'; articleId: string; highlightId: string | null }
  | { kind: 'refused'; reason: string };

export interface ServerEvents {
  /** A change was written. */
  'library/changed': ChangeNotice;
  /** The whole library was replaced (a backup restored): read everything again. */
  'library/reloaded': { reason: 'backup-restored' | 'reconnected' };
  /** Entity detection of an article started, moved on, finished or failed. */
  'entities/state': { articleId: string; state: EntityState };
  /** Electron only: the app was sent a `gloss://` link (never a raw string: parsed and checked). */
  'shell/deep-link': DeepLink;
  /**
   * The search index is being built or caught up on the worker: `indexed` of `total` articles
   * read so far (sent as it moves on); `indexed === total` once the index is complete.
   */
  'search/indexing': SearchIndexing;
}

export type ServerEventName = keyof ServerEvents;

/** One event as it travels: its name and payload. */
export type ServerEvent = { [N in ServerEventName]: { name: N; payload: ServerEvents[N] } }[ServerEventName];
