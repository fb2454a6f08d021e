import { hostname } from 'node:os';
import { access, link, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GlossError } from '../errors';
import { isAlive, ownStartTime, startTimeOf } from './process-start';
import { storageError } from './storage-error';

interface LockInfo {
  pid: number;
  /** When the owner process started (ISO), for people reading the file. */
  startedAt: string;
  /** The same as measured from /proc (Linux), to compare with what /proc says of that pid now. */
  procStart: number | null;
  host: string;
}

export interface DataDirLock {
  /** True when the lock of a process that is gone (a crash) was taken over. */
  readonly tookOverStale: boolean;
  release(): Promise<void>;
}

/** Start times read twice may differ by rounding; a reused pid differs by far more. */
const START_TOLERANCE_MS = 2000;
/** How often the owner touches the lock file, so a live owner can be told from a reused pid. */
const HEARTBEAT_MS = 30_000;
/** A lock untouched for this long has no live owner, whatever process now has its pid. */
const STALE_AFTER_MS = 5 * HEARTBEAT_MS;

function ownInfo(): LockInfo {
  return {
    pid: process.pid,
    startedAt: new Date(ownStartTime()).toISOString(),
    procStart: startTimeOf(process.pid),
    host: hostname(),
  };
}

function parseInfo(text: string): LockInfo | null {
  try {
    const info = JSON.parse(text) as Partial<LockInfo>;
    return typeof info.pid === 'number' ? (info as LockInfo) : null;
  } catch {
    return null;
  }
}

/** Whether the process that wrote `info` is still running; `touchedAt` is the lock's mtime. */
function ownerIsRunning(info: LockInfo, touchedAt: number): boolean {
  // Another machine (a shared folder): we cannot check, so respect it.
  if (info.host && info.host !== hostname()) return true;
  if (!isAlive(info.pid)) return false;
  const now = startTimeOf(info.pid);
  // No start time to compare (macOS, Windows): the pid may have been reused since a crash, so
  // only an owner that kept touching the lock counts as alive.
  if (now === null || info.procStart === null) return Date.now() - touchedAt < STALE_AFTER_MS;
  return Math.abs(now - info.procStart) <= START_TOLERANCE_MS;
}

function lockedError(dataDir: string, info: LockInfo): GlossError {
  const where = info.host && info.host !== hostname() ? ` on ${info.host}` : '';
  return new GlossError(
    'locked',
    `Gloss is already running with this library (${dataDir}, process ${info.pid}${where}). ` +
      'Close it first, or open a different library.',
  );
}

/** Create `lockPath` with `text`, failing with EEXIST if it exists. */
async function createExclusive(temp: string, lockPath: string, text: string): Promise<void> {
  try {
    await link(temp, lockPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // File systems without hard links: an exclusive create (briefly visible empty) instead.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    await writeFile(lockPath, text, { flag: 'wx' });
  }
}

/**
 * Take `<dataDir>/gloss.lock` so that one process at a time writes a library. The lock file is
 * created complete (written aside, then hard-linked into place, which fails if it exists), so
 * a reader never sees a half-written one. A lock whose process is gone is taken over. While
 * held, the lock file is touched every `heartbeatMs`.
 */
export async function acquireLock(
  dataDir: string,
  lockPath: string,
  heartbeatMs = HEARTBEAT_MS,
): Promise<DataDirLock> {
  const info = ownInfo();
  const text = JSON.stringify(info);
  const temp = `${lockPath}.${process.pid}.tmp`;
  let tookOverStale = false;
  try {
    await writeFile(temp, text);
    for (let attempt = 0; ; attempt++) {
      try {
        await createExclusive(temp, lockPath, text);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw error;
      }
      const existing = parseInfo(await readFile(lockPath, 'utf8').catch(() => ''));
      const touchedAt = await stat(lockPath).then(
        (info) => info.mtimeMs,
        () => 0,
      );
      if (existing && ownerIsRunning(existing, touchedAt)) throw lockedError(dataDir, existing);
      // Stale: move it out of the way under a name of our own, then retry the exclusive link.
      const stale = `${lockPath}.stale-${process.pid}`;
      await rename(lockPath, stale).catch(() => undefined);
      await rm(stale, { force: true });
      tookOverStale = true;
    }
  } catch (error) {
    if (error instanceof GlossError) throw error;
    throw storageError('save', lockPath, error);
  } finally {
    await rm(temp, { force: true });
  }

  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(lockPath, now, now).catch(() => undefined);
  }, heartbeatMs);
  heartbeat.unref();
  return {
    tookOverStale,
    release: async () => {
      clearInterval(heartbeat);
      // Only remove it if it is still ours.
      const current = parseInfo(await readFile(lockPath, 'utf8').catch(() => ''));
      if (current?.pid === info.pid && current.startedAt === info.startedAt)
        await rm(lockPath, { force: true });
    },
  };
}

const sessionPath = (dataDir: string) => path.join(dataDir, 'gloss.session');

/**
 * Mark the library open until close(), lock or not (with lock 'none' the caller holds its own).
 * Returns whether the previous session never closed: a crash, whose temp files need sweeping.
 */
export async function startSession(dataDir: string): Promise<boolean> {
  const file = sessionPath(dataDir);
  const crashed = await access(file).then(
    () => true,
    () => false,
  );
  await writeFile(file, String(process.pid));
  return crashed;
}

export async function endSession(dataDir: string): Promise<void> {
  await rm(sessionPath(dataDir), { force: true });
}
