import { mkdirSync, readFileSync, renameSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import { SCHEMA_VERSION } from './layout';
import type { Store } from './store';
import { makeContent, makeEntry, addHighlights, makeHighlight, tempDataDir } from './test-helpers';

const cleanups: (() => void)[] = [];
const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function fresh(dir?: string) {
  if (!dir) {
    const temp = tempDataDir();
    cleanups.push(temp.cleanup);
    dir = temp.dir;
  }
  const store = await openStore({ dataDir: dir });
  stores.push(store);
  return { store, dir };
}

async function reopen(store: Store) {
  await store.close();
  return (await fresh(store.dataDir)).store;
}

describe('openStore', () => {
  it('starts an empty library in an empty folder', async () => {
    const { store } = await fresh();
    expect(store.isNew).toBe(true);
    expect(store.list()).toEqual([]);
    expect(store.notices()).toEqual([]);
    expect(store.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('keeps articles, highlights, notes and entry edits across a restart', async () => {
    let { store } = await fresh();
    await store.addArticle(makeEntry('a1'), makeContent('a1'));
    await addHighlights(store, 'a1', makeHighlight('h1', { tags: ['Russia'] }));
    await store.apply({
      type: 'note/saved',
      articleId: 'a1',
      note: { markdown: '**mine**', editorState: null, updatedAt: null },
    });
    await store.updateEntry('a1', { tags: ['diplomacy'], progress: 0.5 });
    store = await reopen(store);
    expect(store.isNew).toBe(false);
    expect(store.entry('a1')).toMatchObject({
      tags: ['diplomacy'],
      progress: 0.5,
      highlightCount: 1,
      highlightTags: ['Russia'],
    });
    const notes = await store.readNotes('a1');
    expect(notes.highlights.map((h) => h.id)).toEqual(['h1']);
    expect(notes.note.markdown).toBe('**mine**');
    expect((await store.readContent('a1')).text).toContain('Lavrov');
  });

  it('applies concurrent note changes in call order, none lost', async () => {
    const { store } = await fresh();
    await store.addArticle(makeEntry('a1'), makeContent('a1'));
    const ids = Array.from({ length: 200 }, (_, i) => `h${i}`);
    const applied = await Promise.all(
      ids.map((id) =>
        store.apply({ type: 'highlight/created', articleId: 'a1', highlight: makeHighlight(id) }),
      ),
    );
    // Each saw the notes as the ones before it left them.
    expect(applied.map((change) => change.notes?.highlights.length)).toEqual(ids.map((_, i) => i + 1));
    expect(store.entry('a1')?.highlightCount).toBe(200);
    // Closing folds the log into notes.json: read as a plain file, it holds all 200, in order.
    await store.close();
    const onDisk = JSON.parse(readFileSync(path.join(store.dataDir, 'articles/a1/notes.json'), 'utf8')) as {
      notes: { highlights: { id: string }[] };
    };
    expect(onDisk.notes.highlights.map((h) => h.id)).toEqual(ids);
    expect(readFileSync(path.join(store.dataDir, 'articles/a1/notes.log'), 'utf8')).toBe('');
  });

  it('changes nothing when a change is refused', async () => {
    const { store } = await fresh();
    await store.addArticle(makeEntry('a1'), makeContent('a1'));
    await addHighlights(store, 'a1', makeHighlight('h1'));
    await expect(
      store.apply({ type: 'highlight/created', articleId: 'a1', highlight: makeHighlight('h1') }),
    ).rejects.toMatchObject({ code: 'invalid-params' });
    await expect(
      store.apply({ type: 'highlight/deleted', articleId: 'a1', highlightId: 'nope' }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect((await store.readNotes('a1')).highlights.map((h) => h.id)).toEqual(['h1']);
  });

  it('reports a failed write plainly and keeps only what reached the disk', async () => {
    const { store, dir } = await fresh();
    await store.addArticle(makeEntry('a1'), makeContent('a1'));
    await addHighlights(store, 'a1', makeHighlight('h1'));
    const log = path.join(dir, 'articles/a1/notes.log');
    const moved = `${log}.aside`;
    renameSync(log, moved);
    mkdirSync(log); // the log cannot be opened for appending: the write fails
    const failing = addHighlights(store, 'a1', makeHighlight('h2'));
    await expect(failing).rejects.toMatchObject({ code: 'storage-error' });
    await expect(failing).rejects.toThrow(/Gloss could not save .*notes\.log/);
    rmdirSync(log);
    renameSync(moved, log);
    expect((await store.readNotes('a1')).highlights.map((h) => h.id)).toEqual(['h1']);
    await addHighlights(store, 'a1', makeHighlight('h3'));
    expect((await store.readNotes('a1')).highlights.map((h) => h.id)).toEqual(['h1', 'h3']);
    expect(store.entry('a1')?.highlightCount).toBe(2);
  });

  it.each([
    ['readContent', (s: Store) => s.readContent('nope')],
    ['readNotes', (s: Store) => s.readNotes('nope')],
    [
      'apply',
      (s: Store) => s.apply({ type: 'highlight/created', articleId: 'nope', highlight: makeHighlight('h') }),
    ],
    ['updateEntry', (s: Store) => s.updateEntry('nope', { progress: 1 })],
    ['deleteArticle', (s: Store) => s.deleteArticle('nope')],
    ['readEntityCache', (s: Store) => s.readEntityCache('nope')],
  ])('answers not-found for an unknown article id (%s)', async (_name, call) => {
    const { store } = await fresh();
    await expect(call(store)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses an article id that is not a safe folder name', async () => {
    const { store } = await fresh();
    await expect(store.addArticle(makeEntry('../x'), makeContent('../x'))).rejects.toMatchObject({
      code: 'invalid-params',
    });
  });

  it('deletes an article with its folder, for good', async () => {
    let { store } = await fresh();
    await store.addArticle(makeEntry('a1'), makeContent('a1'));
    await store.addArticle(makeEntry('a2'), makeContent('a2'));
    await store.deleteArticle('a1');
    expect(store.list().map((e) => e.id)).toEqual(['a2']);
    store = await reopen(store);
    expect(store.list().map((e) => e.id)).toEqual(['a2']);
  });

  it('stores settings, tag colors and the entity cache', async () => {
    let { store } = await fresh();
    await store.addArticle(makeEntry('a1'), makeContent('a1'));
    await store.updateSettings({ theme: 'dark' });
    await store.setTagColor('Russia', '#f00');
    const cache = { detectorVersion: 'v1', mentions: [], entities: [] };
    await store.writeEntityCache('a1', cache);
    store = await reopen(store);
    expect(store.settings().theme).toBe('dark');
    expect(store.tagColors()).toEqual({ russia: '#f00' });
    expect(await store.readEntityCache('a1')).toEqual(cache);
    await expect(store.updateSettings({ theme: 'neon' as 'dark' })).rejects.toMatchObject({
      code: 'invalid-params',
    });
  });
});
