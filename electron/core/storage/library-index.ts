import { Low } from 'lowdb';
import { GlossError } from '../errors';
import type { Settings } from '../../contract/model';
import { invert, reduceLibrary, type LibraryState } from '../changes/reduce';
import type { Change, LibraryChange } from '../changes/records';
import { DurableJsonAdapter } from './durable-adapter';
import type { FileStamp } from './durable-write';
import { freezeEntry } from './entries';
import type { IndexFile } from './file-schemas';
import { SCHEMA_VERSION } from './layout';
import { settingsSchema } from './model-schemas';
import type { ArticleEntry } from './store';

export interface IndexWriteTiming {
  /** Quiet time after the last change before the index is written. */
  delayMs: number;
  /** Longest a change waits while changes keep coming. */
  maxDelayMs: number;
}

/** How many of the latest entry changes are kept for `changedSince` (a reader further behind scans). */
const CHANGES_KEPT = 4096;
/**
 * The library index in memory, and its lazy writer. Entries are a cache of the article folders
 * (start-up verifies them), so a change is written after a quiet moment, not on the
 * acknowledged path of the write that caused it. Settings and tag colors live only here and
 * are written at once (`apply`): `settings` and `tagColors` are what is on disk, and follow
 * each write once it is durable; changes not yet written wait in `#pending`.
 */
export class LibraryIndex {
  readonly entries = new Map<string, ArticleEntry>();
  readonly stamps = new Map<string, FileStamp | null>();
  /** Grows with every change to `entries` (Store.revision). */
  revision = 0;
  /** The ids changed at the latest revisions: `#changed[i]` at revision `#changedFrom + i + 1`. */
  #changed: string[] = [];
  #changedFrom = 0;
  settings: Settings;
  tagColors: Record<string, string>;
  /** The settings and tag colors the next write carries (ahead of the disk while one is queued). */
  #pending: LibraryState;
  #low: Low<IndexFile>;
  #adapter: DurableJsonAdapter<IndexFile>;
  #timer: NodeJS.Timeout | null = null;
  #dirtySince: number | null = null;
  /** Set when a background write failed; the next flush reports it. */
  #lastError: unknown = null;
  #before: Promise<unknown> = Promise.resolve();

  constructor(
    file: string,
    data: IndexFile,
    private readonly timing: IndexWriteTiming,
  ) {
    this.settings = data.settings;
    this.tagColors = data.tagColors;
    this.#pending = { settings: data.settings, tagColors: data.tagColors };
    this.replace(data);
    this.#adapter = new DurableJsonAdapter<IndexFile>(file, {
      onWritten: (_stamp, written) => {
        this.settings = written.settings;
        this.tagColors = written.tagColors;
      },
    });
    this.#low = new Low(this.#adapter, data);
  }

  /** Take everything from `data` (a restored backup); the caller reconciles and writes. */
  replace(data: IndexFile): void {
    this.entries.clear();
    this.stamps.clear();
    // Everything may have changed: no list of changes reaches back across this.
    this.revision++;
    this.#changed = [];
    this.#changedFrom = this.revision;
    for (const { entry, stamp } of data.articles) {
      this.entries.set(entry.id, freezeEntry(entry));
      this.stamps.set(entry.id, stamp);
    }
    this.settings = data.settings;
    this.tagColors = data.tagColors;
    this.#pending = { settings: data.settings, tagColors: data.tagColors };
  }

  /** The file as it would be written now. */
  snapshot(): IndexFile {
    const articles = [...this.entries.values()].map((entry) => ({
      entry,
      stamp: this.stamps.get(entry.id) ?? null,
    }));
    return {
      schemaVersion: SCHEMA_VERSION,
      articles,
      tagColors: this.#pending.tagColors,
      settings: this.#pending.settings,
      savedAt: new Date().toISOString(),
    };
  }

  /** Let index writes wait for `work` (the start-up backup of the previous index). */
  after(work: Promise<unknown>): void {
    this.#before = this.#before.then(() => work).catch(() => undefined);
  }

  /**
   * Apply a change of settings or tag colors: written at once (they live only here); memory
   * follows once the write is durable. Resolves with the inverse change.
   */
  async apply(change: LibraryChange): Promise<Change | null> {
    const before = this.#pending;
    const next = reduceLibrary(before, change);
    const parsed = settingsSchema.safeParse(next.settings);
    if (!parsed.success) throw new GlossError('invalid-params', 'Those settings are not valid.');
    this.#pending = { ...next, settings: parsed.data };
    try {
      await this.writeNow();
    } catch (error) {
      // Not on disk: what the next write carries goes back to what is.
      this.#pending = { settings: this.settings, tagColors: this.tagColors };
      throw error;
    }
    return invert(change, before);
  }

  /** Resolves once the work passed to `after` is done. */
  async settled(): Promise<void> {
    await this.#before;
  }

  set(entry: ArticleEntry, stamp: FileStamp | null): void {
    this.entries.set(entry.id, freezeEntry(entry));
    this.stamps.set(entry.id, stamp);
    this.#changedAt(entry.id);
    this.markDirty();
  }

  delete(id: string): void {
    this.entries.delete(id);
    this.stamps.delete(id);
    this.#changedAt(id);
    this.markDirty();
  }

  /**
   * The ids of the entries added, replaced or removed since `revision` (Store.changedSince), or
   * null when that reaches back further than the list kept.
   */
  changedSince(revision: number): string[] | null {
    if (revision < this.#changedFrom || revision > this.revision) return null;
    return [...new Set(this.#changed.slice(revision - this.#changedFrom))];
  }

  #changedAt(id: string): void {
    this.revision++;
    this.#changed.push(id);
    if (this.#changed.length > CHANGES_KEPT) {
      const dropped = this.#changed.length - CHANGES_KEPT / 2;
      this.#changed = this.#changed.slice(dropped);
      this.#changedFrom += dropped;
    }
  }

  markDirty(): void {
    const now = Date.now();
    this.#dirtySince ??= now;
    if (this.#timer) clearTimeout(this.#timer);
    const wait = Math.max(0, Math.min(this.timing.delayMs, this.#dirtySince + this.timing.maxDelayMs - now));
    this.#timer = setTimeout(() => {
      this.writeNow().catch((error: unknown) => {
        this.#lastError = error;
      });
    }, wait);
    // A pending lazy write must not keep a finished process alive; close() flushes it.
    this.#timer.unref();
  }

  get dirty(): boolean {
    return this.#dirtySince !== null;
  }

  /** Write the index now; resolves once it is on disk. */
  async writeNow(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#before;
    this.#dirtySince = null;
    // Snapshot taken synchronously right before write(): nothing set earlier is left out.
    this.#low.data = this.snapshot();
    try {
      await this.#low.write();
      this.#lastError = null;
    } catch (error) {
      this.#dirtySince ??= Date.now();
      throw error;
    }
  }

  /** Write pending changes, if any; reports a background write that failed. */
  async flush(): Promise<void> {
    if (this.dirty || this.#lastError) await this.writeNow();
    await this.#adapter.idle();
  }
}
