import {
  closeSync,
  constants,
  copyFileSync,
  fstatSync,
  fsync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { storageError } from './storage-error';

/** What identifies one version of a file cheaply: every durable write makes a new inode. */
export interface FileStamp {
  ino: number;
  size: number;
  mtimeMs: number;
  /** A notes file's stamp also names its log's (notes-log.ts): null when there is none. */
  log?: FileStamp | null;
}

const sameFile = (a: FileStamp, b: FileStamp) =>
  a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

export function sameStamp(a: FileStamp | null | undefined, b: FileStamp | null | undefined): boolean {
  if (!a || !b || !sameFile(a, b)) return false;
  const logA = a.log ?? null;
  const logB = b.log ?? null;
  return logA === null || logB === null ? logA === logB : sameFile(logA, logB);
}

/** The stamp of `file` now, or null when it is missing. */
export function stampOf(file: string): FileStamp | null {
  try {
    const stat = statSync(file);
    return { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return null;
  }
}

/** fsync on the thread pool: the one step that waits for the disk. */
const fsyncFd = promisify(fsync);

export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
}

/**
 * Replace `file` with `text` so that it is on disk when the promise resolves: write a temp file
 * in the same directory, fsync it, rename it over the target, fsync the directory (steno, which
 * lowdb uses, does the rename but no fsync). With `keepPrevious`, the version being replaced is
 * kept there first: a hard link, so it costs no copy and stays a separate inode from the new file.
 *
 * Only the two fsyncs leave the main thread (they wait for the disk); the other steps are quick
 * page-cache operations done synchronously, which saves a dozen thread-pool round trips per
 * write: under CPU contention those, not the disk, dominated the latency of a highlight write.
 */
export async function writeFileDurably(
  file: string,
  text: string | Uint8Array,
  options: {
    keepPrevious?: string;
    /** false: atomic but not forced to disk (bulk rewrites). */ fsync?: boolean;
  } = {},
): Promise<FileStamp> {
  const sync = options.fsync ?? true;
  const temp = tempPathFor(file);
  try {
    const fd = openSync(temp, 'w');
    let stamp: FileStamp;
    try {
      writeFileSync(fd, text, 'utf8');
      if (sync) await fsyncFd(fd);
      const stat = fstatSync(fd);
      stamp = { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
    } finally {
      closeSync(fd);
    }
    if (options.keepPrevious) await keepPreviousVersion(file, options.keepPrevious);
    await renameWithRetry(temp, file);
    if (sync) await syncDirectory(path.dirname(file));
    return stamp;
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Leave it: it is swept at the next start after a crash, or overwritten by the next write.
    }
    throw storageError('save', file, error);
  }
}

async function keepPreviousVersion(file: string, backup: string): Promise<void> {
  const temp = tempPathFor(backup);
  rmSync(temp, { force: true });
  try {
    linkSync(file, temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // first write: nothing to keep
    // File systems without hard links (FAT, some network shares): copy instead.
    copyFileSync(file, temp, constants.COPYFILE_FICLONE);
  }
  await renameWithRetry(temp, backup);
}

/** Windows may briefly refuse a rename while an antivirus or indexer holds the file. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return renameSync(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const transient =
        process.platform === 'win32' && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY');
      if (!transient || attempt >= 9) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Makes a rename in `dir` survive power loss. Not possible (nor needed) on Windows. */
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    await fsyncFd(fd);
  } finally {
    closeSync(fd);
  }
}

export const isTempName = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp');

/** Remove temp files (`.*.tmp`) a killed process left in `dir`. Returns how many. */
export async function sweepTempFiles(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  const stale = names.filter(isTempName);
  await Promise.all(stale.map((name) => unlink(path.join(dir, name)).catch(() => undefined)));
  return stale.length;
}
