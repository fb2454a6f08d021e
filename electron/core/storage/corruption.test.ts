import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import type { Store } from './store';
import {
  allJsonFilesParse,
  makeContent,
  makeEntry,
  addHighlights,
  makeHighlight,
  TestLibraries,
} from './test-helpers';

const libraries = new TestLibraries();
afterEach(() => libraries.cleanup());
const openTracked = (dir: string) => libraries.open(dir);

/**
 * a1 has h1, h2 then h3 (so notes.json.bak holds h1, h2, and notes.log.bak the change that
 * added h3: each close folds the log into the snapshot); a2 has one highlight. Settings and
 * tag colors were set before the index backup the second open made.
 */
async function library() {
  const dir = libraries.dataDir();
  let store = await openStore({ dataDir: dir });
  await store.addArticle(makeEntry('a1'), makeContent('a1'));
  await store.addArticle(makeEntry('a2'), makeContent('a2'));
  await addHighlights(store, 'a1', makeHighlight('h1'), makeHighlight('h2'));
  await addHighlights(store, 'a2', makeHighlight('k1'));
  await store.updateSettings({ theme: 'dark' });
  await store.close();
  store = await openStore({ dataDir: dir }); // backs the index up
  await addHighlights(store, 'a1', makeHighlight('h3'));
  await store.close();
  return dir;
}

const DAMAGE = {
  truncated: (text: string) => text.slice(0, Math.floor(text.length / 2)),
  empty: () => '',
  'not JSON': () => '<html>Sync conflict</html>',
  'schema-invalid': (text: string) => {
    const data = JSON.parse(text) as Record<string, unknown>;
    for (const key of Object.keys(data)) if (key !== 'schemaVersion') data[key] = 'wrong';
    return JSON.stringify(data);
  },
};
const kinds = Object.keys(DAMAGE) as (keyof typeof DAMAGE)[];

function damage(file: string, kind: keyof typeof DAMAGE): string {
  const damaged = DAMAGE[kind](readFileSync(file, 'utf8'));
  writeFileSync(file, damaged);
  return damaged;
}

/** The single notice names where the damaged file was kept, and that file holds the damage. */
function expectKept(store: Store, file: string, damaged: string) {
  const notices = store.notices();
  expect(notices).toHaveLength(1);
  const kept = readdirSync(path.dirname(file)).filter((name) =>
    name.startsWith(`${path.basename(file)}.corrupt-`),
  );
  expect(kept).toHaveLength(1);
  expect(kept[0]).toMatch(/\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
  expect(notices[0]!.message).toContain(kept[0]);
  expect(readFileSync(path.join(path.dirname(file), kept[0]!), 'utf8')).toBe(damaged);
}

async function stillWorks(store: Store) {
  await addHighlights(store, 'a2', makeHighlight('k2'));
  expect((await store.readNotes('a2')).highlights.map((h) => h.id)).toEqual(['k1', 'k2']);
  expect((await store.readContent('a2')).id).toBe('a2');
}

describe.each(kinds)('a %s file', (kind) => {
  it('index: restored from the newest backup and checked against the articles', async () => {
    const dir = await library();
    const file = path.join(dir, 'library.json');
    const damaged = damage(file, kind);
    const store = await openTracked(dir);
    expectKept(store, file, damaged);
    expect(store.notices()[0]!.message).toMatch(/restored it from the backup/);
    expect(store.settings().theme).toBe('dark');
    expect(store.list().map((e) => [e.id, e.highlightCount])).toEqual([
      ['a1', 3],
      ['a2', 1],
    ]);
    await stillWorks(store);
    await store.close();
    expect(allJsonFilesParse(dir)).toEqual([]);
  });

  it('index with no backup: rebuilt from the article folders', async () => {
    const dir = await library();
    rmSync(path.join(dir, 'backups'), { recursive: true });
    const file = path.join(dir, 'library.json');
    const damaged = damage(file, kind);
    const store = await openTracked(dir);
    expectKept(store, file, damaged);
    expect(store.notices()[0]!.message).toMatch(/rebuilt it from your articles/);
    expect(store.isNew).toBe(false);
    expect(
      store
        .list()
        .map((e) => [e.id, e.highlightCount])
        .sort(),
    ).toEqual([
      ['a1', 3],
      ['a2', 1],
    ]);
    await stillWorks(store);
  });

  it('notes: the previous saved version comes back, with the changes logged since', async () => {
    const dir = await library();
    const file = path.join(dir, 'articles/a1/notes.json');
    const damaged = damage(file, kind);
    const store = await openTracked(dir);
    expectKept(store, file, damaged);
    expect(store.notices()[0]!.message).toMatch(
      /Article a1.*restored the previous saved version and the changes saved after it, so no change is missing/,
    );
    expect((await store.readNotes('a1')).highlights.map((h) => h.id)).toEqual(['h1', 'h2', 'h3']);
    expect(store.entry('a1')?.highlightCount).toBe(3);
    await stillWorks(store);
    await store.close();
    expect(allJsonFilesParse(dir)).toEqual([]);
  });

  it('notes whose earlier log is gone too: the previous saved version alone, and the user is told', async () => {
    const dir = await library();
    rmSync(path.join(dir, 'articles/a1/notes.log.bak'));
    const file = path.join(dir, 'articles/a1/notes.json');
    damage(file, kind);
    const store = await openTracked(dir);
    expect(store.notices()[0]!.message).toMatch(
      /restored the previous saved version, so the last change to them may be missing/,
    );
    expect((await store.readNotes('a1')).highlights.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(store.entry('a1')?.highlightCount).toBe(2);
  });

  it('notes with no earlier copy: the article stays, with the changes logged last, and the user is told', async () => {
    const dir = await library();
    rmSync(path.join(dir, 'articles/a1/notes.json.bak'));
    const file = path.join(dir, 'articles/a1/notes.json');
    const damaged = damage(file, kind);
    const store = await openTracked(dir);
    expectKept(store, file, damaged);
    expect(store.notices()[0]!.message).toMatch(
      /no earlier copy was found, so only the changes saved most recently could be brought back/,
    );
    expect((await store.readNotes('a1')).highlights.map((h) => h.id)).toEqual(['h3']);
    expect(store.entry('a1')?.title).toBe('Article a1');
    await stillWorks(store);
  });

  it('notes with no earlier copy and no log: the article stays, with no notes, and the user is told', async () => {
    const dir = await library();
    for (const name of ['notes.json.bak', 'notes.log.bak', 'notes.log'])
      rmSync(path.join(dir, 'articles/a1', name), { force: true });
    const file = path.join(dir, 'articles/a1/notes.json');
    damage(file, kind);
    const store = await openTracked(dir);
    expect(store.notices()[0]!.message).toMatch(/no earlier copy was found, so the article now has none/);
    expect((await store.readNotes('a1')).highlights).toEqual([]);
  });

  it('notes and their earlier copy both damaged: neither is overwritten by later writes', async () => {
    const dir = await library();
    const file = path.join(dir, 'articles/a1/notes.json');
    const backup = `${file}.bak`;
    damage(file, kind);
    const damagedBackup = damage(backup, kind);
    const store = await openTracked(dir);
    // Only the change logged after the earlier copy is left to bring back.
    expect((await store.readNotes('a1')).highlights.map((h) => h.id)).toEqual(['h3']);
    await addHighlights(store, 'a1', makeHighlight('new1'));
    await addHighlights(store, 'a1', makeHighlight('new2'));
    const kept = readdirSync(path.dirname(file)).filter((name) => name.startsWith('notes.json.bak.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(path.join(path.dirname(file), kept[0]!), 'utf8')).toBe(damagedBackup);
    expect(store.notices()[0]!.message).toContain(kept[0]);
  });

  it('article.json: refused with a clear message, notes kept, the rest works', async () => {
    const dir = await library();
    const file = path.join(dir, 'articles/a1/article.json');
    const damaged = damage(file, kind);
    const store = await openTracked(dir);
    expect(store.notices()).toEqual([]); // content is read when the article is opened
    await expect(store.readContent('a1')).rejects.toMatchObject({ code: 'storage-error' });
    await expect(store.readContent('a1')).rejects.toThrow(/highlights and notes on it are safe/);
    expectKept(store, file, damaged);
    expect((await store.readNotes('a1')).highlights).toHaveLength(3);
    await stillWorks(store);
  });
});

it('a lost index is rebuilt from the article folders, with one notice', async () => {
  const dir = await library();
  rmSync(path.join(dir, 'library.json'));
  rmSync(path.join(dir, 'backups'), { recursive: true });
  const store = await openTracked(dir);
  expect(store.notices()).toHaveLength(1);
  expect(store.notices()[0]!.message).toMatch(/was missing/);
  expect(
    store
      .list()
      .map((e) => [e.id, e.highlightCount])
      .sort(),
  ).toEqual([
    ['a1', 3],
    ['a2', 1],
  ]);
  expect(existsSync(path.join(dir, 'library.json'))).toBe(true);
});

it('a damaged entity cache is dropped quietly: detection simply runs again', async () => {
  const dir = await library();
  let store = await openTracked(dir);
  await store.writeEntityCache('a1', { detectorVersion: 'v1', mentions: [], entities: [] });
  await store.close();
  writeFileSync(path.join(dir, 'articles/a1/entities.json'), '{"schemaVersion":1,"cache":');
  store = await openTracked(dir);
  expect(await store.readEntityCache('a1')).toBeNull();
  expect(store.notices()).toEqual([]);
});
