import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exited, firstLine, startHelper, startUnreapedHelper } from './child-process';
import { openStore } from './open-store';
import { startTimeOf } from './process-start';
import { tempDataDir } from './test-helpers';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function dataDir() {
  const { dir, cleanup } = tempDataDir();
  cleanups.push(cleanup);
  return dir;
}

/** A pid that is certainly not running any more. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', 'console.log(process.pid)'])
    .stdout.toString()
    .trim() as unknown as number;
}

function writeLock(dir: string, lock: Record<string, unknown>) {
  writeFileSync(
    path.join(dir, 'gloss.lock'),
    JSON.stringify({ startedAt: '2026-01-01T00:00:00Z', host: hostname(), ...lock }),
  );
}

describe('the data dir lock', () => {
  it('refuses a second Gloss process on the same library, naming the dir and the pid', async () => {
    const dir = dataDir();
    const holder = startHelper('./lock-child.ts', [dir]);
    cleanups.push(async () => {
      holder.kill('SIGKILL');
      await exited(holder);
    });
    const { pid } = JSON.parse(await firstLine(holder)) as { pid: number };

    const second = startHelper('./lock-child.ts', [dir]);
    const answer = JSON.parse(await firstLine(second)) as { code: string; message: string };
    expect(answer.code).toBe('locked');
    expect(answer.message).toContain(`Gloss is already running with this library (${dir}, process ${pid})`);
    expect(answer.message).toMatch(/Close it first/);
  });

  it('takes over the lock of a Gloss process that was killed', async () => {
    const dir = dataDir();
    const holder = startHelper('./lock-child.ts', [dir]);
    await firstLine(holder);
    holder.kill('SIGKILL');
    await exited(holder);
    expect(existsSync(path.join(dir, 'gloss.lock'))).toBe(true);
    const store = await openStore({ dataDir: dir });
    expect(JSON.parse(readFileSync(path.join(dir, 'gloss.lock'), 'utf8'))).toMatchObject({
      pid: process.pid,
    });
    await store.close();
    expect(existsSync(path.join(dir, 'gloss.lock'))).toBe(false);
  });

  // After a SIGKILL, where nothing reaps orphans (a container's init, a crashed parent), the
  // killed Gloss stays a zombie: its pid still answers signal 0 but runs nothing.
  it.runIf(process.platform === 'linux')(
    'takes over the lock of a killed Gloss that is still a zombie (not reaped)',
    async () => {
      const dir = dataDir();
      const shell = startUnreapedHelper('./lock-child.ts', [dir, '--hold']);
      cleanups.push(async () => {
        shell.stdin.end();
        await exited(shell);
      });
      const { pid } = JSON.parse(await firstLine(shell)) as { pid: number };
      process.kill(pid, 'SIGKILL'); // not waited for: its parent shell does not reap it yet
      const state = () => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
      await vi.waitFor(() => expect(state()).toBe('Z'));

      const store = await openStore({ dataDir: dir });
      expect(state()).toBe('Z'); // still a zombie while the library opened
      expect(JSON.parse(readFileSync(path.join(dir, 'gloss.lock'), 'utf8'))).toMatchObject({
        pid: process.pid,
      });
      await store.close();
    },
  );

  it.each([
    ['a dead pid', () => ({ pid: deadPid(), procStart: null })],
    ['a pid reused by an unrelated process', () => ({ pid: process.ppid, procStart: 12345 })],
    ['a damaged lock file', () => ({ pid: 'x' })],
  ])('takes over a lock left with %s', async (_case, lock) => {
    const dir = dataDir();
    writeLock(dir, lock());
    const store = await openStore({ dataDir: dir });
    await store.close();
  });

  it('respects a lock whose process is alive and is the one that took it', async () => {
    const dir = dataDir();
    writeLock(dir, { pid: process.ppid, procStart: startTimeOf(process.ppid) });
    await expect(openStore({ dataDir: dir })).rejects.toMatchObject({ code: 'locked' });
  });

  // Where the start time of a pid cannot be read (macOS, Windows), a live pid may belong to an
  // unrelated process that reused a crashed Gloss's pid: the owner's heartbeat tells them apart.
  it('takes over a lock with a live but unverifiable pid whose owner stopped its heartbeat', async () => {
    const dir = dataDir();
    writeLock(dir, { pid: process.ppid, procStart: null });
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(path.join(dir, 'gloss.lock'), old, old);
    const store = await openStore({ dataDir: dir });
    await store.close();
  });

  it('respects a lock with a live but unverifiable pid whose heartbeat is recent', async () => {
    const dir = dataDir();
    writeLock(dir, { pid: process.ppid, procStart: null });
    await expect(openStore({ dataDir: dir })).rejects.toMatchObject({ code: 'locked' });
  });

  it('keeps its own lock fresh while the library is open', async () => {
    const dir = dataDir();
    const store = await openStore({ dataDir: dir, lockHeartbeatMs: 20 });
    const lock = path.join(dir, 'gloss.lock');
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(lock, old, old);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(Date.now() - statSync(lock).mtimeMs).toBeLessThan(60_000);
    await store.close();
  });

  it('refuses a second open in the same process', async () => {
    const dir = dataDir();
    const store = await openStore({ dataDir: dir });
    await expect(openStore({ dataDir: dir })).rejects.toMatchObject({ code: 'locked' });
    await store.close();
    const again = await openStore({ dataDir: dir });
    await again.close();
  });
});
