import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileDurably, type FileStamp } from './durable-write';

interface Waiters {
  promise: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

function waiters(): Waiters {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export interface DurableAdapterOptions<T> {
  /** Keep the replaced version of the file at this path (see writeFileDurably). */
  keepPrevious?: string;
  /**
   * Called after each durable write with the stamp of the file now on disk and the data it
   * holds, which may be older than the owner's current data (newer changes queued meanwhile).
   */
  onWritten?: (stamp: FileStamp, written: T) => void;
}

/**
 * A lowdb adapter whose `write` resolves only once the data is durably on disk.
 *
 * Writes to one file never overlap: while one is in flight, later calls share a single queued
 * write that serialises the newest data when it starts (group commit), so a burst of edits costs
 * two writes, not one each. Every caller's data is either in that write or an earlier one.
 * If a write fails, the queued one fails too: its data was built on top of the failed change,
 * and the owner must drop its in-memory copy and reload what is on disk.
 */
export class DurableJsonAdapter<T> implements Adapter<T> {
  #latest: T | null = null;
  #current: Promise<void> | null = null;
  #queued: Waiters | null = null;
  lastStamp: FileStamp | null = null;

  constructor(
    readonly file: string,
    private readonly options: DurableAdapterOptions<T> = {},
  ) {}

  /** Plain read for lowdb's interface; the store loads files through load-file.ts instead. */
  async read(): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.file, 'utf8')) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  write(data: T): Promise<void> {
    this.#latest = data;
    if (!this.#current) return this.#start();
    this.#queued ??= waiters();
    return this.#queued.promise;
  }

  /** True while a write is in flight or queued. */
  get busy(): boolean {
    return this.#current !== null;
  }

  /** Resolves once nothing is in flight or queued (failures are reported to their callers). */
  async idle(): Promise<void> {
    while (this.#current) await this.#current.catch(() => undefined);
  }

  #start(): Promise<void> {
    const current = this.#run();
    this.#current = current;
    return current;
  }

  async #run(): Promise<void> {
    try {
      // Serialised synchronously: the snapshot is exactly the data as of this moment.
      const data = this.#latest as T;
      const text = JSON.stringify(data);
      const stamp = await writeFileDurably(this.file, text, this.options);
      this.lastStamp = stamp;
      this.options.onWritten?.(stamp, data);
    } catch (error) {
      const queued = this.#queued;
      this.#queued = null;
      queued?.reject(error);
      throw error;
    } finally {
      this.#current = null;
      const queued = this.#queued;
      this.#queued = null;
      if (queued) this.#start().then(queued.resolve, queued.reject);
    }
  }
}
