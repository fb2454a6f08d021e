import { rmSync } from 'node:fs';
import { stampOf, type FileStamp } from './durable-write';
import type { NotesFile } from './file-schemas';
import type { Layout } from './layout';
import { loadFile, type LoadResult } from './load-file';
import { truncateLog } from './log-appender';
import type { EntryFields } from './model-schemas';
import { NotesDoc, type CompactionRule, type DocStart } from './notes-doc';
import { loadLog, replayChecked, type LogRead } from './notes-on-disk';
import { recoverNotes } from './notes-repair';
import { quarantine } from './quarantine';

export { NotesDoc } from './notes-doc';

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
    private readonly rule?: CompactionRule,
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
    // A log left in the folder belongs to no article now (the new one starts at line 0).
    for (const file of [this.layout.notesLog(id), this.layout.notesLogBackup(id)])
      rmSync(file, { force: true });
    const doc = await this.#write(id, data, 0);
    this.#slots.set(id, { doc, queue: [], loading: false });
    this.#evict(id);
  }

  /** The loaded doc of an article, if it is loaded (its use does not count as recent). */
  peek(id: string): NotesDoc | null {
    const slot = this.#slots.get(id);
    return slot && !slot.loading && slot.queue.length === 0 ? slot.doc : null;
  }

  /** Drop a doc whose in-memory data may be ahead of the disk (a failed write); only that doc. */
  forget(id: string, doc?: NotesDoc): void {
    if (!doc || this.#slots.get(id)?.doc === doc) this.#slots.delete(id);
  }

  /** Wait for the doc's writes, fold its log into the snapshot (the folder is moving), then drop it. */
  async release(id: string): Promise<void> {
    if (!this.#slots.has(id)) return;
    const doc = await this.with(id, (loaded) => loaded).catch(() => null);
    await doc?.compact().catch(() => undefined); // the log moves with the folder if this fails
    await doc?.log.idle();
    this.#slots.delete(id);
  }

  async idle(): Promise<void> {
    const slots = [...this.#slots.keys()];
    await Promise.all(slots.map((id) => this.with(id, (doc) => doc?.log.idle()).catch(() => undefined)));
  }

  /** Fold every loaded log into its snapshot (at close): the next open reads one file each. */
  async compactAll(): Promise<void> {
    const slots = [...this.#slots.keys()];
    await Promise.all(slots.map((id) => this.with(id, (doc) => doc?.compact()).catch(() => undefined)));
  }

  /** Drop idle docs beyond capacity, oldest first; never `keep`, which is about to be used. */
  #evict(keep: string): void {
    for (const [id, slot] of this.#slots) {
      if (this.#slots.size <= this.capacity) return;
      if (id !== keep && !slot.loading && slot.queue.length === 0 && !slot.doc?.log.busy)
        this.#slots.delete(id);
    }
  }

  #open(id: string, start: DocStart): NotesDoc {
    return new NotesDoc(
      id,
      this.layout,
      start,
      (file, stamp) => this.hooks.onDisk(id, file, stamp),
      this.rule,
    );
  }

  async #load(id: string): Promise<NotesDoc | null> {
    const file = this.layout.notes(id);
    const context = { entry: this.hooks.knownEntry(id) };
    let result: LoadResult<NotesFile> = await loadFile('notes', file, context);
    if (result.status === 'ok' && (result.data.notes.articleId !== id || result.data.entry.id !== id)) {
      result = { status: 'corrupt', reason: 'the file belongs to another article' };
    }
    if (result.status === 'ok') return this.#withLog(id, result.data, result.stamp);
    const recovery = await recoverNotes(result.status === 'corrupt' ? result : 'missing', {
      layout: this.layout,
      id,
      title: this.hooks.title(id),
      known: context.entry,
      fallbackEntry: () => this.hooks.fallbackEntry(id),
    });
    const doc = recovery.data && (await this.#write(id, recovery.data, recovery.seq));
    if (doc && stampOf(this.layout.notesLog(id))) await doc.retireLog(); // its lines are in the snapshot
    if (recovery.notice) this.hooks.notice(recovery.notice.level, recovery.notice.message);
    return doc;
  }

  /** A snapshot that reads, with its log replayed; a torn last line (a crash mid-append) is cut off. */
  async #withLog(id: string, snapshot: NotesFile, stamp: FileStamp): Promise<NotesDoc> {
    const logFile = this.layout.notesLog(id);
    let log: LogRead | null = await loadLog(logFile, id);
    const replayed = replayChecked(snapshot, log?.entries ?? []);
    if (log && (log.damaged.length > 0 || replayed.rejected.length > 0)) {
      return this.#repairLog(id, replayed.file, replayed.seq, log.damaged.length + replayed.rejected.length);
    }
    if (log?.torn) {
      await truncateLog(logFile, log.goodBytes);
      log = { ...log, stamp: stampOf(logFile) ?? log.stamp };
    }
    const start: DocStart = {
      file: replayed.file,
      seq: replayed.seq,
      snapshot: { stamp, bytes: stamp.size },
      log: { stamp: log?.stamp ?? null, lines: log?.entries.length ?? 0 },
    };
    const doc = this.#open(id, start);
    this.hooks.onDisk(id, doc.onDisk, doc.stamp);
    return doc;
  }

  /**
   * A log with lines that do not read although later ones do: not a crash but damage. What
   * still reads is kept in a new snapshot first; then the log is moved aside, and the user told.
   */
  async #repairLog(id: string, file: NotesFile, seq: number, lost: number): Promise<NotesDoc> {
    const snapshot = await NotesDoc.writeSnapshot(this.layout, id, file, seq);
    const kept = this.layout.relative(await quarantine(this.layout.notesLog(id)));
    const doc = this.#open(id, { file, seq, snapshot, log: { stamp: null, lines: 0 } });
    this.hooks.onDisk(id, doc.onDisk, doc.stamp);
    const changes = lost === 1 ? 'One change' : `${lost} changes`;
    this.hooks.notice(
      'warning',
      `${changes} to the highlights and notes of "${this.hooks.title(id)}" could not be read back: part of ` +
        `its notes log (notes.log) is damaged. Everything else in it was kept. The damaged log was kept at ${kept}.`,
    );
    return doc;
  }

  /** Write a whole snapshot and open its doc (the log, if any, holds only lines up to `seq`). */
  async #write(id: string, data: NotesFile, seq: number): Promise<NotesDoc> {
    const { logSeq: _ignored, ...file } = data;
    const snapshot = await NotesDoc.writeSnapshot(this.layout, id, file, seq);
    const logStamp = stampOf(this.layout.notesLog(id));
    const doc = this.#open(id, { file, seq, snapshot, log: { stamp: logStamp, lines: 0 } });
    this.hooks.onDisk(id, doc.onDisk, doc.stamp);
    return doc;
  }
}
