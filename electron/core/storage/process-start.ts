import { readFileSync } from 'node:fs';

/** When this process started (ms since the epoch). */
export function ownStartTime(): number {
  return Math.round(performance.timeOrigin);
}

/** The fields of `/proc/<pid>/stat` after the command name (which may hold spaces), or null. */
function procStat(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * When process `pid` started, where the OS tells us cheaply (Linux /proc); null elsewhere.
 * It tells a live Gloss from an unrelated process that reused a crashed Gloss's pid, e.g.
 * after a reboot, which would otherwise leave the library locked for good.
 */
export function startTimeOf(pid: number): number | null {
  if (process.platform !== 'linux') return null;
  // Field 22 (starttime, in clock ticks since boot), the 20th after the command name.
  const ticks = Number(procStat(pid)?.[19]);
  try {
    const boot = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'));
    if (!boot || !Number.isFinite(ticks)) return null;
    // USER_HZ is 100 on every Linux that Node supports.
    return Number(boot[1]) * 1000 + ticks * 10;
  } catch {
    return null;
  }
}

/**
 * Whether `pid` is a running process (EPERM: running, but someone else's). A zombie (dead,
 * not yet reaped by its parent: state Z, or X while being reaped) still answers signal 0,
 * yet runs nothing: after a SIGKILL, where no one reaps orphans, a killed Gloss stays one.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (process.platform !== 'linux') return true;
  const state = procStat(pid)?.[0];
  // No /proc entry (gone between the two checks, or /proc hidden): trust the signal.
  return state !== 'Z' && state !== 'X';
}
