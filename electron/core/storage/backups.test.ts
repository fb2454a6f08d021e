import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import { makeContent, makeEntry, tempDataDir } from './test-helpers';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function dataDir() {
  const { dir, cleanup } = tempDataDir();
  cleanups.push(cleanup);
  return dir;
}

describe('index backups', () => {
  it('backs the index up on open when it changed, keeping the newest N', async () => {
    const dir = dataDir();
    for (let i = 0; i < 6; i++) {
      const store = await openStore({ dataDir: dir, backupsToKeep: 3 });
      await store.addArticle(makeEntry(`a${i}`), makeContent(`a${i}`));
      await store.close();
    }
    const store = await openStore({ dataDir: dir, backupsToKeep: 3 });
    const backups = await store.listBackups();
    // Six opens found a changed index (the first found none): five backups made, three kept.
    expect(backups.map((b) => b.articleCount)).toEqual([6, 5, 4]);
    expect(backups.every((b) => b.bytes > 0)).toBe(true);
    expect([...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))).toEqual(backups);
    await store.close();
  });

  it('makes no new backup when the index has not changed since the last one', async () => {
    const dir = dataDir();
    let store = await openStore({ dataDir: dir });
    await store.addArticle(makeEntry('a'), makeContent('a'));
    await store.close();
    for (let i = 0; i < 3; i++) {
      store = await openStore({ dataDir: dir });
      await store.close();
    }
    expect(readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
  });

  it('restores settings from a backup, backing up the current index first, without losing articles', async () => {
    const dir = dataDir();
    let store = await openStore({ dataDir: dir });
    await store.updateSettings({ theme: 'dark' });
    await store.addArticle(makeEntry('before'), makeContent('before'));
    await store.close();
    store = await openStore({ dataDir: dir }); // backs up: dark, 1 article
    const [backup] = await store.listBackups();
    await store.updateSettings({ theme: 'light' });
    await store.addArticle(makeEntry('after'), makeContent('after'));

    await store.restoreBackup(backup!.id);
    expect(store.settings().theme).toBe('dark');
    expect(
      store
        .list()
        .map((e) => e.id)
        .sort(),
    ).toEqual(['after', 'before']);
    const backups = await store.listBackups();
    expect(backups).toHaveLength(2);
    expect(backups[0]!.articleCount).toBe(2); // the index as it was before the restore
    await store.close();

    store = await openStore({ dataDir: dir });
    expect(store.settings().theme).toBe('dark');
    await expect(store.restoreBackup('library-nope')).rejects.toMatchObject({ code: 'not-found' });
    await store.close();
  });
});
