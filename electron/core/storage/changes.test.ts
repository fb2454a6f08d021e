import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseClock } from '../changes/hlc';
import type { Applied } from './store';
import { makeContent, makeEntry, makeHighlight, TestLibraries } from './test-helpers';

const libraries = new TestLibraries();
afterEach(() => libraries.cleanup());

describe('changes as records', () => {
  it('tells listeners each change once it is on disk, with its id, device and clock', async () => {
    const dir = libraries.dataDir();
    const store = await libraries.open(dir);
    await store.addArticle(makeEntry('a1'), makeContent('a1'));
    const heard: { applied: Applied; onDisk: number }[] = [];
    store.subscribe((applied) => {
      // What a listener is told is what a reader sees: the store shows only what it saved.
      void store.readNotes('a1').then(
        (notes) => heard.push({ applied, onDisk: notes.highlights.length }),
        () => heard.push({ applied, onDisk: -1 }),
      );
    });
    await store.apply({ type: 'highlight/created', articleId: 'a1', highlight: makeHighlight('h1') });
    await store.apply({ type: 'settings/updated', set: { theme: 'dark' } });
    await store.flush();

    expect(heard.map(({ applied }) => applied.record.change.type)).toEqual([
      'highlight/created',
      'settings/updated',
    ]);
    expect(heard[0]?.onDisk).toBe(1);
    const [first, second] = heard.map(({ applied }) => applied.record);
    expect(first?.device).toBe(store.device);
    expect(first?.id).not.toBe(second?.id);
    expect(parseClock(first?.clock ?? '')).toMatchObject({ device: store.device });
    expect((first?.clock ?? '') < (second?.clock ?? '')).toBe(true);
    expect(heard[1]?.applied.inverse).toEqual({ type: 'settings/updated', set: { theme: 'system' } });

    // The device id stays with the library across restarts.
    const device = store.device;
    await libraries.close(store);
    expect((await libraries.open(dir)).device).toBe(device);
  });

  it('refuses a change to a highlight that is not there, writing nothing and telling no one', async () => {
    const store = await libraries.open(libraries.dataDir());
    await store.addArticle(makeEntry('a1'), makeContent('a1'));
    const heard: Applied[] = [];
    store.subscribe((applied) => heard.push(applied));
    await expect(
      store.apply({
        type: 'highlight/updated',
        articleId: 'a1',
        highlightId: 'gone',
        set: { color: 'blue' },
      }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(heard).toEqual([]);
  });

  it('moves a deleted article to the trash whole, and its inverse brings it back with its notes', async () => {
    const dir = libraries.dataDir();
    const store = await libraries.open(dir);
    await store.addArticle(makeEntry('a1'), makeContent('a1'));
    await store.apply({ type: 'highlight/created', articleId: 'a1', highlight: makeHighlight('h1') });
    const { inverse } = await store.apply({ type: 'article/deleted', articleId: 'a1', title: 'A' });
    expect(store.entry('a1')).toBeUndefined();
    expect(existsSync(path.join(dir, 'articles', 'a1'))).toBe(false);
    await expect(store.readNotes('a1')).rejects.toMatchObject({ code: 'not-found' });

    expect(inverse?.type).toBe('article/restored');
    if (inverse) await store.apply(inverse);
    expect(store.entry('a1')).toMatchObject({ highlightCount: 1 });
    expect((await store.readNotes('a1')).highlights.map((highlight) => highlight.id)).toEqual(['h1']);

    // It survives a restart where it was put back.
    await libraries.close(store);
    const reopened = await libraries.open(dir);
    expect(reopened.entry('a1')).toMatchObject({ highlightCount: 1 });
  });
});

describe('note writes based on a revision', () => {
  it('refuses a save that started from an older version of the note with conflict, changing nothing', async () => {
    const store = await libraries.open(libraries.dataDir());
    await store.addArticle(makeEntry('a1'), makeContent('a1'));
    await store.apply({ type: 'highlight/created', articleId: 'a1', highlight: makeHighlight('h1') });
    const note = (markdown: string, updatedAt: string) => ({ markdown, editorState: null, updatedAt });
    // Two windows open the never-saved note (basedOn null); the first save wins...
    await store.apply({
      type: 'note/saved',
      articleId: 'a1',
      note: note('first', '2026-01-01T00:00:01.000Z'),
      basedOn: null,
    });
    // ...and the second, still based on the empty note, is refused instead of overwriting it.
    await expect(
      store.apply({
        type: 'note/saved',
        articleId: 'a1',
        note: note('second', '2026-01-01T00:00:02.000Z'),
        basedOn: null,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await store.readNotes('a1')).note.markdown).toBe('first');
    // Based on what is stored now, it goes through.
    await store.apply({
      type: 'note/saved',
      articleId: 'a1',
      note: note('merged', '2026-01-01T00:00:03.000Z'),
      basedOn: '2026-01-01T00:00:01.000Z',
    });
    expect((await store.readNotes('a1')).note.markdown).toBe('merged');

    const stale = { type: 'highlight/updated' as const, articleId: 'a1', highlightId: 'h1' };
    const set = { note: note('card', '2026-01-01T00:00:04.000Z') };
    await expect(store.apply({ ...stale, set, basedOn: '2020-01-01T00:00:00.000Z' })).rejects.toMatchObject({
      code: 'conflict',
    });
    await store.apply({ ...stale, set, basedOn: null });
    expect((await store.readNotes('a1')).highlights[0]?.note.markdown).toBe('card');
  });
});
