import { closeSync, fdatasync, fstatSync, ftruncateSync, openSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { syncDirectory, type FileStamp } from './durable-write';
import { storageError } from './storage-error';

const fdatasyncFd = promisify(fdatasync);

interface Waiters<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

function waiters<T>(): Waiters<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

type Job =
  | { kind: 'append'; text: string[]; durable: ((stamp: FileStamp) => void)[]; done: Waiters<FileStamp> }
  | { kind: 'task'; run: () => Promise<unknown>; done: Waiters<unknown> };

/** An owner's callback failing must not stall the file's queue. */
function safely(run: () => void): void {
  try {
    run();
  } catch {
    // The owner's failure: the line is on disk all the same.
  }
}

const stampOf = (fd: number): FileStamp => {
  const stat = fstatSync(fd);
  return { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
};

/**
 * Appends lines to one file so that each is on disk when its promise resolves: written, then
 * `fdatasync` (the file's size included, its name not: a file this appender creates gets its
 * folder synced once). Appends never overlap: while one is in flight, later lines share the
 * next write (group commit). A failed write is cut back off the file, and every line queued
 * after it fails too (they were built on it). `exclusive` runs work (a snapshot) with no append
 * in flight; appends made meanwhile wait for it.
 */
export class LogAppender {
  #jobs: Job[] = [];
  #running = false;
  #idle: (() => void)[] = [];
  #broken: Error | null = null;
  /** Whether the file exists with its name on disk (else the first append syncs the folder). */
  #named: boolean;
  /** Lines and bytes in the file now (what the owner's compaction rule looks at). */
  lines: number;
  bytes: number;

  constructor(
    readonly file: string,
    state: { lines: number; bytes: number; exists: boolean },
  ) {
    this.lines = state.lines;
    this.bytes = state.bytes;
    this.#named = state.exists;
  }

  /**
   * Resolves with the file's stamp once `line` (and every line before it) is on disk. Before
   * that, and before anything else can run on the file, the `durable` of the newest line of the
   * write that carried it runs (lines written together share one call: the newest says it all).
   */
  append(line: string, durable: (stamp: FileStamp) => void = () => undefined): Promise<FileStamp> {
    if (this.#broken) return Promise.reject(this.#broken);
    const last = this.#jobs.at(-1);
    if (last?.kind === 'append') {
      last.text.push(line);
      last.durable.push(durable);
      return last.done.promise;
    }
    const job: Job = { kind: 'append', text: [line], durable: [durable], done: waiters<FileStamp>() };
    this.#jobs.push(job);
    this.#pump();
    return job.done.promise;
  }

  exclusive<T>(run: () => Promise<T>): Promise<T> {
    if (this.#broken) return Promise.reject(this.#broken);
    const done = waiters<unknown>();
    this.#jobs.push({ kind: 'task', run, done });
    this.#pump();
    return done.promise as Promise<T>;
  }

  /** True while anything is in flight or queued. */
  get busy(): boolean {
    return this.#running || this.#jobs.length > 0;
  }

  /** Resolves once nothing is in flight or queued (failures are reported to their callers). */
  idle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    const done = waiters<void>();
    this.#idle.push(done.resolve);
    return done.promise;
  }

  /**
   * Inside `exclusive`: move the file to `to` (replacing it) and start an empty one, both names
   * made durable with one folder sync. The lines now live only in `to`.
   */
  async rotate(to: string): Promise<FileStamp> {
    try {
      renameSync(this.file, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw storageError('save', this.file, error);
    }
    this.lines = 0;
    this.bytes = 0;
    this.#named = false;
    const fd = openSync(this.file, 'w');
    let stamp: FileStamp;
    try {
      stamp = stampOf(fd);
    } finally {
      closeSync(fd);
    }
    await syncDirectory(path.dirname(this.file));
    this.#named = true;
    return stamp;
  }

  #pump(): void {
    if (this.#running) return;
    const job = this.#jobs.shift();
    if (!job) {
      for (const resolve of this.#idle.splice(0)) resolve();
      return;
    }
    this.#running = true;
    const work = job.kind === 'append' ? this.#write(job.text) : job.run();
    work.then(
      (value) => {
        this.#running = false;
        // One callback per write, the newest line's: it says what the file now holds.
        const durable = job.kind === 'append' ? job.durable.at(-1) : undefined;
        if (durable) safely(() => durable(value as FileStamp));
        (job.done as Waiters<unknown>).resolve(value);
        this.#pump();
      },
      (error: unknown) => {
        this.#running = false;
        if (job.kind === 'append') this.#fail(error);
        job.done.reject(error);
        this.#pump();
      },
    );
  }

  /**
   * A failed append: lines queued after it were built on it, so they fail with it, and so does
   * everything else: the owner drops this appender and reloads the file.
   */
  #fail(error: unknown): void {
    this.#broken = error instanceof Error ? error : new Error(String(error));
    for (const job of this.#jobs.splice(0)) job.done.reject(error);
  }

  async #write(lines: string[]): Promise<FileStamp> {
    const text = lines.join('');
    let fd: number;
    try {
      fd = openSync(this.file, 'a');
    } catch (error) {
      throw storageError('save', this.file, error);
    }
    let stamp: FileStamp;
    const before = fstatSync(fd).size;
    try {
      writeFileSync(fd, text, 'utf8');
      await fdatasyncFd(fd);
      stamp = stampOf(fd);
    } catch (error) {
      try {
        ftruncateSync(fd, before); // no half line left for the next append to follow
      } catch {
        // The next load cuts a torn tail off anyway.
      }
      throw storageError('save', this.file, error);
    } finally {
      closeSync(fd);
    }
    if (!this.#named) {
      await syncDirectory(path.dirname(this.file)).catch((error: unknown) => {
        throw storageError('save', this.file, error);
      });
      this.#named = true;
    }
    this.lines += lines.length;
    this.bytes = stamp.size;
    return stamp;
  }
}

/** Cut a log back to `bytes` (a torn tail dropped), durably, before anything is appended to it. */
export async function truncateLog(file: string, bytes: number): Promise<void> {
  let fd: number;
  try {
    fd = openSync(file, 'r+');
  } catch (error) {
    throw storageError('save', file, error);
  }
  try {
    ftruncateSync(fd, bytes);
    await fdatasyncFd(fd);
  } catch (error) {
    throw storageError('save', file, error);
  } finally {
    closeSync(fd);
  }
}
