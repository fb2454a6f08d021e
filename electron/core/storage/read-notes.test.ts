import { afterEach, describe, expect, it } from 'vitest';
import { makeContent, makeEntry, makeHighlight, TestLibraries } from './test-helpers';

const libraries = new TestLibraries();
afterEach(() => libraries.cleanup());

describe('readNotes', () => {
  it('gives the notes as on disk, frozen, so a reader cannot change what the store keeps', async () => {
    const store = await libraries.open(libraries.dataDir());
    await store.addArticle(makeEntry('a1'), makeContent('a1'));
    await store.apply({ type: 'highlight/created', articleId: 'a1', highlight: makeHighlight('h1') });
    const read = await store.readNotes('a1');

    expect(() => read.highlights.push(makeHighlight('h2'))).toThrow(TypeError);
    expect(() => {
      read.highlights[0]!.note.markdown = 'changed by a reader';
    }).toThrow(TypeError);
    expect((await store.readNotes('a1')).highlights.map((h) => [h.id, h.note.markdown])).toEqual([
      ['h1', ''],
    ]);
  });

  it('still takes changes after a read, and the next read has them, on disk too', async () => {
    const dir = libraries.dataDir();
    const store = await libraries.open(dir);
    await store.addArticle(makeEntry('a1'), makeContent('a1'));
    await store.apply({ type: 'highlight/created', articleId: 'a1', highlight: makeHighlight('h1') });
    await store.readNotes('a1');
    const note = { markdown: 'a note', editorState: null, updatedAt: '2026-01-02T00:00:00.000Z' };
    await store.apply({ type: 'highlight/updated', articleId: 'a1', highlightId: 'h1', set: { note } });
    await store.apply({ type: 'highlight/created', articleId: 'a1', highlight: makeHighlight('h2') });
    await store.apply({ type: 'highlight/deleted', articleId: 'a1', highlightId: 'h2' });
    const expected = [['h1', 'a note']];
    expect((await store.readNotes('a1')).highlights.map((h) => [h.id, h.note.markdown])).toEqual(expected);
    await store.close();

    const reopened = await libraries.open(dir);
    expect((await reopened.readNotes('a1')).highlights.map((h) => [h.id, h.note.markdown])).toEqual(expected);
  });
});
