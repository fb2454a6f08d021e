import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EntityDetector } from '../entities';
import { createLibrary, type Library } from '../library';

const noEntities: EntityDetector = {
  detect: () => Promise.resolve({ mentions: [], entities: [] }),
  close: () => Promise.resolve(),
};

/** A small tmpfs at `dir` (root only): a disk that can really be made read-only under Gloss. */
function mountTmpfs(dir: string): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    const why = (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
    return `cannot mount a tmpfs to make read-only (needs root and mount): ${why}`;
  }
}

const remount = (dir: string, mode: 'ro' | 'rw') =>
  execFileSync('mount', ['-o', `remount,${mode}`, dir], { stdio: 'pipe' });

describe('a library on a disk that turned read-only', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('answers an import with storage-error naming the reason, and keeps working', async (context) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gloss-readonly-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const cannot = mountTmpfs(dir);
    if (cannot) return context.skip(cannot);
    cleanups.push(() => void execFileSync('umount', [dir]));
    const library: Library = await createLibrary({
      dataDir: dir,
      seed: false,
      backfill: false,
      detector: noEntities,
    });
    cleanups.push(async () => {
      remount(dir, 'rw');
      await library.close();
    });

    remount(dir, 'ro');
    const data = Buffer.from('A headline\n\nSome text of the article.').toString('base64');
    const answer = await library.dispatch('import/file', { name: 'article.txt', data });
    expect(answer).toEqual({
      error: { code: 'storage-error', message: expect.stringMatching(/the disk is read-only/) },
    });
    expect(await library['articles/list']({})).toEqual([]);

    // Once the disk is writable again, the same import works and nothing half-made is left.
    remount(dir, 'rw');
    const again = await library.dispatch('import/file', { name: 'article.txt', data });
    expect(again).toMatchObject({ result: { title: 'A headline' } });
    expect(await readdir(path.join(dir, 'articles'))).toHaveLength(1);
  });
});
