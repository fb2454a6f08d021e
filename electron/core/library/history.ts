import type { HistoryAnswer } from '../../contract/model';
import type { Change } from '../changes/records';
import { GlossError } from '../errors';
import type { Applied, Store } from '../storage/store';
import { currentCall, type CallContext, type LibraryWork } from './call-context';
import { describeChange, isUndoable, targetsOf } from './history-steps';

/** One change of a step, and the change that takes it back. */
interface Move {
  done: Change;
  undo: Change;
}

/** What changed a step's targets since it was made: another window or a script, or the library's own work. */
type StaleBy = 'elsewhere' | LibraryWork;

/** One step of undo: the changes one call made, in the order it made them. */
interface Step {
  moves: Move[];
  targets: Set<string>;
  /** Who changed what it touches since (another window or a script, a new version), or null. */
  stale: StaleBy | null;
}

interface Stacks {
  undo: Step[];
  redo: Step[];
  /** Undo and redo of one window run one after the other. */
  queue: Promise<unknown>;
}

/** How many steps a window can undo, and how many windows' histories are kept. */
const STEPS = 100;
const WINDOWS = 64;
/** The history of calls that named no window (scripts). */
const NO_WINDOW = '';

/**
 * Undo and redo for every change, built from the inverse changes the store computes as it
 * applies each one (Applied.inverse). Each window (the origin its calls carry) has its own
 * stacks; the changes of one API call are one step, so a bulk action undoes whole. An undo
 * applies the inverses through `store.apply` like any change (written first, then told to every
 * window), newest first, and what it applied becomes the redo step. A new step clears redo.
 *
 * A step is refused (`conflict`) rather than applied over a change made elsewhere: once any
 * other window, a script or the library's own work changes something a step touches, the
 * step is marked stale, and undoing it drops it with a clear error and changes nothing.
 */
export class UndoHistory {
  #windows = new Map<string, Stacks>();
  /** The step each running call is recording into. */
  #recording = new WeakMap<CallContext, Step>();
  /** The calls applying an undo or redo: what they apply is collected here, not a new step. */
  #replaying = new WeakMap<CallContext, Move[]>();

  constructor(private readonly store: Store) {
    store.subscribe((applied) => this.#hear(applied));
  }

  undo(): Promise<HistoryAnswer> {
    return this.#queued((stacks) => this.#move(stacks, 'undo'));
  }

  redo(): Promise<HistoryAnswer> {
    return this.#queued((stacks) => this.#move(stacks, 'redo'));
  }

  #hear({ record, inverse }: Applied): void {
    const call = currentCall();
    // The library's own work is no window's step, and changes what every window's steps touch.
    const origin = call && !call.work ? (call.origin ?? NO_WINDOW) : undefined;
    const targets = targetsOf(record.change);
    const by: StaleBy = call?.work ?? 'elsewhere';
    for (const [window, stacks] of this.#windows) if (window !== origin) markStale(stacks, targets, by);
    if (!call || origin === undefined) return;
    const replay = this.#replaying.get(call);
    if (replay) {
      if (inverse) replay.push({ done: record.change, undo: inverse });
      return;
    }
    if (!inverse || !isUndoable(record.change)) return;
    let step = this.#recording.get(call);
    if (!step) {
      step = { moves: [], targets: new Set(), stale: null };
      this.#recording.set(call, step);
      const stacks = this.#stacks(origin);
      stacks.undo.push(step);
      if (stacks.undo.length > STEPS) stacks.undo.shift();
      stacks.redo = [];
    }
    step.moves.push({ done: record.change, undo: inverse });
    for (const target of targets) step.targets.add(target);
  }

  async #move(stacks: Stacks, direction: 'undo' | 'redo'): Promise<HistoryAnswer> {
    const from = stacks[direction];
    const to = direction === 'undo' ? stacks.redo : stacks.undo;
    const step = from.pop();
    if (!step) return { step: null, ...left(stacks) };
    if (step.stale) throw new GlossError('conflict', staleMessage(direction, step.stale));
    const call = currentCall();
    if (!call) throw new Error('An undo runs as an API call');
    const applied: Move[] = [];
    this.#replaying.set(call, applied);
    call.replay = true;
    try {
      for (const move of [...step.moves].reverse()) await this.store.apply(move.undo);
    } catch (error) {
      // Put back what was already taken back, so a step never stays half undone.
      this.#replaying.set(call, []);
      for (const move of [...applied].reverse()) await this.store.apply(move.undo).catch(() => undefined);
      // A step that failed for want of its target (purged from the trash) can never work.
      if (error instanceof GlossError && error.code === 'storage-error') from.push(step);
      throw error;
    } finally {
      this.#replaying.delete(call);
      call.replay = false;
    }
    // The changes just applied, in the order they would be taken back again.
    const next: Step = { moves: applied.reverse(), targets: step.targets, stale: null };
    if (next.moves.length > 0) to.push(next);
    const title = (id: string) => this.store.entry(id)?.title;
    const changes = [...next.moves].reverse().map((move) => describeChange(move.done, title));
    return { step: { changes }, ...left(stacks) };
  }

  #queued(work: (stacks: Stacks) => Promise<HistoryAnswer>): Promise<HistoryAnswer> {
    const stacks = this.#stacks(currentCall()?.origin ?? NO_WINDOW);
    const run = stacks.queue.then(() => work(stacks));
    stacks.queue = run.catch(() => undefined);
    return run;
  }

  #stacks(origin: string): Stacks {
    let stacks = this.#windows.get(origin);
    if (stacks) {
      // The most recently used window last: the first is the one to forget.
      this.#windows.delete(origin);
    } else {
      stacks = { undo: [], redo: [], queue: Promise.resolve() };
      if (this.#windows.size >= WINDOWS) this.#windows.delete(this.#windows.keys().next().value!);
    }
    this.#windows.set(origin, stacks);
    return stacks;
  }
}

function markStale(stacks: Stacks, targets: readonly string[], by: StaleBy): void {
  for (const step of [...stacks.undo, ...stacks.redo])
    if (!step.stale && targets.some((target) => step.targets.has(target))) step.stale = by;
}

/** Why a step is refused, in the user's words: what happened to what it changed. */
function staleMessage(direction: 'undo' | 'redo', by: StaleBy): string {
  const since = {
    elsewhere: 'has been changed since in another window or by a script',
    'new-version': 'was changed since by importing a new version of the article',
  }[by];
  return `Could not ${direction} that: what it changed ${since}. Nothing was changed.`;
}

function left(stacks: Stacks): Pick<HistoryAnswer, 'canUndo' | 'canRedo'> {
  return { canUndo: stacks.undo.length > 0, canRedo: stacks.redo.length > 0 };
}
