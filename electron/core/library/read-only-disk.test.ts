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

  /** A library on its own tmpfs, or the reason none can be made here. */
  async function libraryOnTmpfs(): Promise<{ dir: string; library: Library } | string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gloss-readonly-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const cannot = mountTmpfs(dir);
    if (cannot) return cannot;
    cleanups.push(() => void execFileSync('umount', [dir]));
    const library = await createLibrary({ dataDir: dir, seed: false, backfill: false, detector: noEntities });
    cleanups.push(async () => {
      remount(dir, 'rw');
      await library.close();
    });
    return { dir, library };
  }

  it('shows nothing it did not save: settings, tag colors, deletions, highlights and notes', async (context) => {
    const made = await libraryOnTmpfs();
    if (typeof made === 'string') return context.skip(made);
    const { dir, library } = made;
    const data = Buffer.from('A headline\n\nSome text of the article.').toString('base64');
    const article = await library['import/file']({ name: 'article.txt', data });
    await library['tags/set']({ articleId: article.id, tags: ['politics'] });
    const highlight = await library['highlights/create']({ articleId: article.id, start: 12, end: 16 });
    const before = await library['articles/get']({ id: article.id });
    remount(dir, 'ro');

    const refused = { error: { code: 'storage-error', message: expect.stringMatching(/read-only/) } };
    expect(await library.dispatch('settings/update', { theme: 'dark' })).toEqual(refused);
    expect(await library['settings/get']({})).toMatchObject({ theme: 'system' });
    expect(await library.dispatch('tags/setColor', { name: 'politics', color: 'red' })).toEqual(refused);
    expect((await library['tags/list']({})).find((tag) => tag.name === 'politics')?.color).toBeNull();
    expect(await library.dispatch('articles/delete', { id: article.id })).toEqual(refused);
    expect((await library['articles/list']({})).map((entry) => entry.id)).toEqual([article.id]);
    expect(
      await library.dispatch('notes/save', { articleId: article.id, note: { markdown: 'lost' } }),
    ).toEqual(refused);
    const update = { articleId: article.id, id: highlight.id, color: 'blue' };
    expect(await library.dispatch('highlights/update', update)).toEqual(refused);
    expect(await library.dispatch('highlights/create', { articleId: article.id, start: 0, end: 4 })).toEqual(
      refused,
    );
    expect(await library['articles/get']({ id: article.id })).toEqual(before);

    // Writable again: every one of those writes works, and shows.
    remount(dir, 'rw');
    expect(await library['settings/update']({ theme: 'dark' })).toMatchObject({ theme: 'dark' });
    await library['tags/setColor']({ name: 'politics', color: 'red' });
    expect((await library['tags/list']({})).find((tag) => tag.name === 'politics')?.color).toBe('red');
    await library['articles/delete']({ id: article.id });
    expect(await library['articles/list']({})).toEqual([]);
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
