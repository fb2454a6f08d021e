import { AsyncLocalStorage } from 'node:async_hooks';
import { newId } from './ids';

/** The API call a piece of work belongs to, known through every await of it. */
export interface CallContext {
  /** One id per call: the records it makes are one step of undo. */
  call: string;
  /** The window that made the call, if it said. */
  origin?: string;
  /** Set while the call applies an undo or a redo (history.ts): the window did not make these itself. */
  replay?: boolean;
  /** The library's own work (`asLibraryWork`): no window made it, and no undo holds it. */
  work?: LibraryWork;
}

const calls = new AsyncLocalStorage<CallContext>();

/** Run `work` as one API call (from `origin`). */
export function inCall<T>(origin: string | undefined, work: () => T): T {
  return calls.run(origin === undefined ? { call: newId() } : { call: newId(), origin }, work);
}

/** The call running now; undefined for work of the library's own (seeding, detection). */
export function currentCall(): CallContext | undefined {
  return calls.getStore();
}

/** Work the library does on its own within a call, that no window's undo can take back whole. */
export type LibraryWork = 'new-version';

/**
 * Run `work` as the library's own (`kind`), outside the call running now: what it writes is no
 * step of that window's undo (an undo could not take it back whole, as a new version's text),
 * and what it changes is told as done by it (`ChangeNotice.version`, a refused undo's reason).
 */
export function asLibraryWork<T>(kind: LibraryWork, work: () => T): T {
  return calls.run({ call: newId(), work: kind }, work);
}
