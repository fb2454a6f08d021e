import { Low } from 'lowdb';
import { GlossError } from '../errors';
import type { Settings } from '../../contract/model';
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

/**
 * The library index in memory, and its lazy writer. Entries are a cache of the article folders
 * (start-up verifies them), so a change is written after a quiet moment, not on the
 * acknowledged path of the write that caused it. Settings and tag colors live only here and
 * are written at once (`writeNow`).
 */
export class LibraryIndex {
  readonly entries = new Map<string, ArticleEntry>();
  readonly stamps = new Map<string, FileStamp | null>();
  settings: Settings;
  tagColors: Record<string, string>;
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
    this.replace(data);
    this.#adapter = new DurableJsonAdapter<IndexFile>(file);
    this.#low = new Low(this.#adapter, data);
  }

  /** Take everything from `data` (a restored backup); the caller reconciles and writes. */
  replace(data: IndexFile): void {
    this.entries.clear();
    this.stamps.clear();
    for (const { entry, stamp } of data.articles) {
      this.entries.set(entry.id, freezeEntry(entry));
      this.stamps.set(entry.id, stamp);
    }
    this.settings = data.settings;
    this.tagColors = data.tagColors;
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
      tagColors: this.tagColors,
      settings: this.settings,
      savedAt: new Date().toISOString(),
    };
  }

  /** Let index writes wait for `work` (the start-up backup of the previous index). */
  after(work: Promise<unknown>): void {
    this.#before = this.#before.then(() => work).catch(() => undefined);
  }

  /** Settings and tag colors live only in the index, so changing them writes it at once. */
  async updateSettings(patch: Partial<Settings>): Promise<void> {
    const parsed = settingsSchema.safeParse({ ...this.settings, ...patch });
    if (!parsed.success) throw new GlossError('invalid-params', 'Those settings are not valid.');
    this.settings = parsed.data;
    await this.writeNow();
  }

  async setTagColor(name: string, color: string | null): Promise<void> {
    const key = name.trim().toLowerCase();
    const colors = Object.fromEntries(Object.entries(this.tagColors).filter(([tag]) => tag !== key));
    this.tagColors = color === null ? colors : { ...colors, [key]: color };
    await this.writeNow();
  }

  /** Resolves once the work passed to `after` is done. */
  async settled(): Promise<void> {
    await this.#before;
  }

  set(entry: ArticleEntry, stamp: FileStamp | null): void {
    this.entries.set(entry.id, freezeEntry(entry));
    this.stamps.set(entry.id, stamp);
    this.markDirty();
  }

  delete(id: string): void {
    this.entries.delete(id);
    this.stamps.delete(id);
    this.markDirty();
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
