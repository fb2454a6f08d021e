import { Low } from 'lowdb';
import { DurableJsonAdapter } from './durable-adapter';
import type { FileStamp } from './durable-write';
import type { NotesFile } from './file-schemas';
import type { Layout } from './layout';
import { loadFile, type LoadResult } from './load-file';
import type { EntryFields } from './model-schemas';
import { recoverNotes } from './notes-repair';

/** One notes file: its single lowdb instance and writer for the life of the store. */
export interface NotesDoc {
  id: string;
  low: Low<NotesFile>;
  adapter: DurableJsonAdapter<NotesFile>;
  /** The notes file on disk (as loaded, or as last written) and what it holds. */
  stamp: FileStamp | null;
  /** Not `low.data`, which may hold changes still queued for writing. */
  onDisk: NotesFile;
}

/** A doc being loaded or loaded, and the operations waiting for it, run in call order. */
interface Slot {
  doc: NotesDoc | null;
  queue: ((doc: NotesDoc | null, error?: Error) => void)[];
  loading: boolean;
}

const toError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

export interface NotesHooks {
  /** The article's entry fields as the index knows them (for migrating old notes files). */
  knownEntry(id: string): EntryFields | undefined;
  /** Entry fields to recreate a lost notes file with; null when the article cannot be recovered. */
  fallbackEntry(id: string): Promise<EntryFields | null>;
  title(id: string): string;
  notice(level: 'info' | 'warning' | 'error', message: string): void;
  /** The notes file now on disk (loaded, repaired or written). */
  onDisk(id: string, file: NotesFile, stamp: FileStamp): void;
}

/**
 * The loaded notes files, least recently used evicted beyond `capacity` (only when idle). A
 * missing or damaged one is repaired as it loads (notes-repair.ts), with one notice.
 */
export class NotesDocs {
  #slots = new Map<string, Slot>();

  constructor(
    private readonly layout: Layout,
    private readonly hooks: NotesHooks,
    private readonly capacity = 256,
  ) {}

  /**
   * Run `op` on the article's doc (null if the article cannot be recovered). Operations on one
   * article run in call order: when the doc is loaded and nothing is queued, `op` runs now,
   * synchronously; otherwise it is queued and the queue drains in one go once the doc loads.
   */
  with<T>(id: string, op: (doc: NotesDoc | null) => T | Promise<T>): Promise<T> {
    const slot = this.#slot(id);
    if (!slot.loading && slot.queue.length === 0) {
      try {
        return Promise.resolve(op(slot.doc));
      } catch (error) {
        return Promise.reject(toError(error));
      }
    }
    return new Promise<T>((resolve, reject) => {
      slot.queue.push((doc, error) => {
        if (error) return reject(error);
        try {
          resolve(op(doc));
        } catch (failure) {
          reject(toError(failure));
        }
      });
    });
  }

  #slot(id: string): Slot {
    let slot = this.#slots.get(id);
    if (slot) {
      this.#slots.delete(id);
    } else {
      const created: Slot = { doc: null, queue: [], loading: true };
      const drain = (doc: NotesDoc | null, error?: Error) => {
        created.doc = doc;
        created.loading = false;
        if (error !== undefined && this.#slots.get(id) === created) this.#slots.delete(id);
        for (const op of created.queue.splice(0)) op(doc, error);
      };
      this.#load(id).then(
        (doc) => drain(doc),
        (error: unknown) => drain(null, toError(error)),
      );
      slot = created;
    }
    this.#slots.set(id, slot);
    this.#evict(id);
    return slot;
  }

  /** Write the notes file of a new article and keep its doc loaded. */
  async create(id: string, data: NotesFile): Promise<void> {
    const doc = await this.#write(id, data);
    this.#slots.set(id, { doc, queue: [], loading: false });
    this.#evict(id);
  }

  /** Drop a doc whose in-memory data may be ahead of the disk (a failed write); only that doc. */
  forget(id: string, doc?: NotesDoc): void {
    if (!doc || this.#slots.get(id)?.doc === doc) this.#slots.delete(id);
  }

  /** Wait for the doc's writes, then drop it. */
  async release(id: string): Promise<void> {
    if (!this.#slots.has(id)) return;
    const doc = await this.with(id, (loaded) => loaded).catch(() => null);
    await doc?.adapter.idle();
    this.#slots.delete(id);
  }

  async idle(): Promise<void> {
    const slots = [...this.#slots.keys()];
    await Promise.all(slots.map((id) => this.with(id, (doc) => doc?.adapter.idle()).catch(() => undefined)));
  }

  /** Drop idle docs beyond capacity, oldest first; never `keep`, which is about to be used. */
  #evict(keep: string): void {
    for (const [id, slot] of this.#slots) {
      if (this.#slots.size <= this.capacity) return;
      if (id !== keep && !slot.loading && slot.queue.length === 0 && !slot.doc?.adapter.busy)
        this.#slots.delete(id);
    }
  }

  #open(id: string, data: NotesFile, stamp: FileStamp | null): NotesDoc {
    const adapter = new DurableJsonAdapter<NotesFile>(this.layout.notes(id), {
      keepPrevious: this.layout.notesBackup(id),
      onWritten: (written, file) => {
        doc.stamp = written;
        doc.onDisk = file;
        this.hooks.onDisk(id, file, written);
      },
    });
    const doc: NotesDoc = { id, adapter, low: new Low(adapter, data), stamp, onDisk: data };
    return doc;
  }

  async #load(id: string): Promise<NotesDoc | null> {
    const file = this.layout.notes(id);
    const context = { entry: this.hooks.knownEntry(id) };
    let result: LoadResult<NotesFile> = await loadFile('notes', file, context);
    if (result.status === 'ok' && (result.data.notes.articleId !== id || result.data.entry.id !== id)) {
      result = { status: 'corrupt', reason: 'the file belongs to another article' };
    }
    if (result.status === 'ok') {
      this.hooks.onDisk(id, result.data, result.stamp);
      return this.#open(id, result.data, result.stamp);
    }
    const recovery = await recoverNotes(result.status === 'corrupt' ? result : 'missing', {
      layout: this.layout,
      id,
      title: this.hooks.title(id),
      known: context.entry,
      fallbackEntry: () => this.hooks.fallbackEntry(id),
    });
    const doc = recovery.data && (await this.#write(id, recovery.data));
    if (recovery.notice) this.hooks.notice(recovery.notice.level, recovery.notice.message);
    return doc;
  }

  async #write(id: string, data: NotesFile): Promise<NotesDoc> {
    const doc = this.#open(id, data, null);
    await doc.low.write();
    return doc;
  }
}
