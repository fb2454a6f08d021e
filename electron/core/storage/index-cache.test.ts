import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openStore } from './open-store';
import { makeContent, makeEntry, addHighlights, makeHighlight, tempDataDir } from './test-helpers';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function dataDir() {
  const { dir, cleanup } = tempDataDir();
  cleanups.push(cleanup);
  return dir;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

it('does not rewrite the index on the acknowledged path of a highlight write', async () => {
  const dir = dataDir();
  const store = await openStore({ dataDir: dir, indexWrite: { delayMs: 60_000, maxDelayMs: 60_000 } });
  await store.addArticle(makeEntry('a'), makeContent('a'));
  await store.flush();
  const indexBefore = readFileSync(path.join(dir, 'library.json'), 'utf8');
  await addHighlights(store, 'a', makeHighlight('h1', { tags: ['x'] }));
  expect(readFileSync(path.join(dir, 'library.json'), 'utf8')).toBe(indexBefore);
  expect(store.entry('a')).toMatchObject({ highlightCount: 1, highlightTags: ['x'] });
  await store.close(); // the lazy write happens here
  expect(readFileSync(path.join(dir, 'library.json'), 'utf8')).not.toBe(indexBefore);
});

it('repairs a stale index at start-up: notes written after it, folders added and removed', async () => {
  const dir = dataDir();
  let store = await openStore({ dataDir: dir });
  for (const id of ['a', 'b', 'c']) await store.addArticle(makeEntry(id), makeContent(id));
  await store.close();
  const staleIndex = readFileSync(path.join(dir, 'library.json'), 'utf8');

  // As if killed before the lazy index write: notes changed, one article added, one deleted.
  store = await openStore({ dataDir: dir, indexWrite: { delayMs: 60_000, maxDelayMs: 60_000 } });
  await addHighlights(store, 'a', makeHighlight('h1', { tags: ['t'] }), makeHighlight('h2'));
  await store.updateEntry('b', { tags: ['edited'], progress: 0.25 });
  await store.addArticle(makeEntry('d'), makeContent('d'));
  await store.deleteArticle('c');
  await store.close();
  writeFileSync(path.join(dir, 'library.json'), staleIndex);
  rmSync(path.join(dir, 'gloss.lock'), { force: true });

  store = await openStore({ dataDir: dir });
  expect(store.notices()).toEqual([]);
  expect(
    Object.fromEntries(
      store.list().map((e) => [e.id, [e.highlightCount, e.highlightTags, e.tags, e.progress]]),
    ),
  ).toEqual({
    a: [2, ['t'], [], 0],
    b: [0, [], ['edited'], 0.25],
    d: [0, [], [], 0],
  });
  await store.close();
  const index = readJson(path.join(dir, 'library.json')) as { articles: { entry: { id: string } }[] };
  expect(index.articles.map((a) => a.entry.id).sort()).toEqual(['a', 'b', 'd']);
});

it('loads no article content and no unchanged notes at start-up', async () => {
  const dir = dataDir();
  let store = await openStore({ dataDir: dir });
  await store.addArticle(makeEntry('a'), makeContent('a'));
  await store.close();
  // Damaged files that start-up would notice if it read them.
  writeFileSync(path.join(dir, 'articles/a/article.json'), 'not read at start-up');
  store = await openStore({ dataDir: dir });
  expect(store.notices()).toEqual([]);
  expect(store.list()).toHaveLength(1);
  await store.close();
});

it('removes the empty folder of an import cut short at start-up, and keeps every folder with a file', async () => {
  const dir = dataDir();
  let store = await openStore({ dataDir: dir });
  await store.addArticle(makeEntry('kept'), makeContent('kept'));
  await store.addArticle(makeEntry('content-only'), makeContent('content-only'));
  await store.addArticle(makeEntry('listed-empty'), makeContent('listed-empty'));
  await store.close();
  const articles = path.join(dir, 'articles');
  const indexed = readFileSync(path.join(dir, 'library.json'), 'utf8');
  // As a crash during imports leaves them: a folder made but nothing written yet, one with
  // only a half-written temp file, one whose content was written but not its notes.
  mkdirSync(path.join(articles, 'empty'));
  mkdirSync(path.join(articles, 'temp-only'));
  writeFileSync(path.join(articles, 'temp-only', '.article.json.tmp'), '{"schemaVer');
  rmSync(path.join(articles, 'content-only', 'notes.json'));
  rmSync(path.join(articles, 'content-only', 'notes.json.bak'), { force: true });
  const index = JSON.parse(indexed) as { articles: { entry: { id: string } }[] };
  index.articles = index.articles.filter((article) => article.entry.id !== 'content-only');
  writeFileSync(path.join(dir, 'library.json'), JSON.stringify(index));
  // An article the library listed whose files vanished is not swept: the user is told instead.
  rmSync(path.join(articles, 'listed-empty'), { recursive: true });
  mkdirSync(path.join(articles, 'listed-empty'));

  store = await openStore({ dataDir: dir });
  expect(readdirSync(articles).sort()).toEqual(['content-only', 'kept', 'listed-empty']);
  expect(
    store
      .list()
      .map((entry) => entry.id)
      .sort(),
  ).toEqual(['content-only', 'kept', 'listed-empty']);
  expect(store.notices().map((notice) => notice.message)).toEqual([
    expect.stringContaining('"Article listed-empty" were missing'),
  ]);
  await store.close();
});

it('says which entries changed since a revision: added, edited, deleted; none when nothing did', async () => {
  const store = await openStore({ dataDir: dataDir() });
  for (const id of ['a', 'b']) await store.addArticle(makeEntry(id), makeContent(id));
  const before = store.revision();
  expect(store.changedSince(before)).toEqual([]);
  await addHighlights(store, 'a', makeHighlight('h1'));
  await store.addArticle(makeEntry('c'), makeContent('c'));
  await store.deleteArticle('b');
  expect(store.revision()).toBeGreaterThan(before);
  expect(store.changedSince(before)?.sort()).toEqual(['a', 'b', 'c']);
  // Further back than the store keeps (or from another store's numbering): unknown, not "nothing".
  expect(store.changedSince(-1)).toBeNull();
  expect(store.changedSince(store.revision() + 1)).toBeNull();
  await store.close();
});
