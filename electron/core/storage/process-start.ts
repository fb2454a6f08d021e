import { readFileSync } from 'node:fs';

/** When this process started (ms since the epoch). */
export function ownStartTime(): number {
  return Math.round(performance.timeOrigin);
}

/**
 * When process `pid` started, where the OS tells us cheaply (Linux /proc); null elsewhere.
 * It tells a live Gloss from an unrelated process that reused a crashed Gloss's pid, e.g.
 * after a reboot, which would otherwise leave the library locked for good.
 */
export function startTimeOf(pid: number): number | null {
  if (process.platform !== 'linux') return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime, in clock ticks since boot) counted after the ")" ending field 2.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const boot = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'));
    if (!boot || !Number.isFinite(ticks)) return null;
    // USER_HZ is 100 on every Linux that Node supports.
    return Number(boot[1]) * 1000 + ticks * 10;
  } catch {
    return null;
  }
}

/** Whether `pid` is a running process (EPERM: running, but someone else's). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
