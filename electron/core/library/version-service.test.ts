import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../contract/model';
import type { ChangeNotice } from '../../contract/server-events';
import type { Library } from '../library';
import { base64, openLibrary, useTempLibrary } from './temp-library.test-support';

const FIRST = `# Harbour works to close the quay

The council said on Monday that the old quay will close for repairs in the spring.

Engineers found cracks in the sea wall after the January storms battered the coast.

The ferry to the islands will sail from the north pier while the works go on.
`;

/** A day later: a new opening paragraph, one sentence reworded a little, one gone. */
const SECOND = `# Harbour works to close the quay

Updated: the works now have a budget of four million pounds, the council confirmed.

The council said on Monday that the old quay will close for repairs in the spring.

Engineers found cracks in the sea wall after the January storm battered the coast.
`;

describe('import/version: a new version of an article', () => {
  const t = useTempLibrary('gloss-version-');

  async function highlightOn(articleId: string, quote: string, note: string): Promise<Highlight> {
    const { text } = await t.library['articles/get']({ id: articleId });
    const start = text.indexOf(quote);
    expect(start).toBeGreaterThanOrEqual(0);
    const highlight = await t.library['highlights/create']({ articleId, start, end: start + quote.length });
    return t.library['highlights/update']({
      articleId,
      id: highlight.id,
      note: { markdown: note, editorState: null },
    });
  }

  it('is not a step of undo: Ctrl+Z after a new version leaves the new text, its details and its highlights as they are', async () => {
    const { id } = await t.library['import/file']({ name: 'harbour.md', data: base64(FIRST) });
    const moved = await highlightOn(id, 'the old quay will close for repairs', 'Spring closure.');
    const window = { origin: 'w1' };
    const made = await t.library.dispatch(
      'import/version',
      { articleId: id, name: 'harbour.md', data: base64(SECOND) },
      window,
    );
    if (!('result' in made)) throw new Error(made.error.message);
    const after = await t.library['articles/get']({ id });
    const undone = await t.library.dispatch('history/undo', {}, window);
    expect(undone).toEqual({ result: { step: null, canUndo: false, canRedo: false } });
    const now = await t.library['articles/get']({ id });
    expect(now.wordCount).toBe(after.wordCount);
    const highlight = now.highlights.find((item) => item.id === moved.id)!;
    expect(now.text.slice(highlight.start, highlight.end)).toBe('the old quay will close for repairs');
    expect(highlight.anchor).toBe('position');
  });

  it('tells every window the changes it made are a new version; a later edit is no version', async () => {
    const { id } = await t.library['import/file']({ name: 'harbour.md', data: base64(FIRST) });
    const moved = await highlightOn(id, 'the old quay will close for repairs', 'Spring closure.');
    const heard: ChangeNotice[] = [];
    const stop = t.library.subscribe((event) => {
      if (event.name === 'library/changed') heard.push(event.payload);
    });
    try {
      const made = await t.library.dispatch(
        'import/version',
        { articleId: id, name: 'harbour.md', data: base64(SECOND) },
        { origin: 'w1' },
      );
      expect(made).toHaveProperty('result');
      // The moved highlight first, then the article's new details, last: the reader reloads on that one.
      expect(
        heard.map(({ type, highlightId, version, origin }) => ({ type, highlightId, version, origin })),
      ).toEqual([
        { type: 'highlight/updated', highlightId: moved.id, version: true, origin: undefined },
        { type: 'article/updated', highlightId: undefined, version: true, origin: undefined },
      ]);
      heard.length = 0;
      await t.library.dispatch(
        'highlights/update',
        { articleId: id, id: moved.id, note: { markdown: 'Later.', editorState: null } },
        { origin: 'w1' },
      );
      expect(heard).toMatchObject([{ type: 'highlight/updated', origin: 'w1' }]);
      expect(heard[0]).not.toHaveProperty('version');
    } finally {
      stop();
    }
  });

  it('a refused undo says the new version changed what it would take back', async () => {
    const { id } = await t.library['import/file']({ name: 'harbour.md', data: base64(FIRST) });
    const window = { origin: 'w1' };
    const { text } = await t.library['articles/get']({ id });
    const start = text.indexOf('the old quay will close');
    const created = await t.library.dispatch(
      'highlights/create',
      { articleId: id, start, end: start + 'the old quay will close'.length },
      window,
    );
    if (!('result' in created)) throw new Error(created.error.message);
    await t.library.dispatch(
      'import/version',
      { articleId: id, name: 'harbour.md', data: base64(SECOND) },
      {
        origin: 'w2',
      },
    );
    // The new version moved that highlight: undoing its creation now would delete it from the new text.
    const undone = await t.library.dispatch('history/undo', {}, window);
    expect(undone).toEqual({
      error: {
        code: 'conflict',
        message:
          'Could not undo that: what it changed was changed since by importing a new version of the article. Nothing was changed.',
      },
    });
    const after = await t.library['articles/get']({ id });
    expect(after.highlights.map((highlight) => after.text.slice(highlight.start, highlight.end))).toEqual([
      'the old quay will close',
    ]);
  });

  it('keeps the id and the highlights, moved to the new text, and lists the one whose passage is gone', async () => {
    const { id } = await t.library['import/file']({ name: 'harbour.md', data: base64(FIRST) });
    await t.library['tags/set']({ articleId: id, tags: ['harbour'] });
    const moved = await highlightOn(id, 'the old quay will close for repairs', 'Spring closure.');
    const reworded = await highlightOn(id, 'after the January storms battered the coast', 'Which storms?');
    const gone = await highlightOn(
      id,
      'The ferry to the islands will sail from the north pier',
      'Check timetable.',
    );

    const answer = await t.library.dispatch('import/version', {
      articleId: id,
      name: 'harbour.md',
      data: base64(SECOND),
    });
    if (!('result' in answer)) throw new Error(answer.error.message);
    const version = answer.result as Awaited<ReturnType<Library['import/version']>>;
    expect(version.article.id).toBe(id);
    expect(version.article.tags).toEqual(['harbour']);
    expect(version.kept).toBe(2);
    expect(version.orphans).toEqual([
      {
        highlightId: gone.id,
        exact: 'The ferry to the islands will sail from the north pier',
        note: 'Check timetable.',
      },
    ]);
    expect((await t.library['articles/list']({})).map((article) => article.id)).toEqual([id]);

    const article = await t.library['articles/get']({ id });
    expect(article.text).toContain('a budget of four million pounds');
    expect(article.text).not.toContain('ferry');
    const byId = new Map(article.highlights.map((highlight) => [highlight.id, highlight]));
    const at = (highlight: Highlight) => article.text.slice(highlight.start, highlight.end);
    // Stored selectors were moved: the highlights anchor by position in the new text.
    expect(byId.get(moved.id)).toMatchObject({ anchor: 'position' });
    expect(at(byId.get(moved.id)!)).toBe('the old quay will close for repairs');
    expect(byId.get(reworded.id)).toMatchObject({ anchor: 'position', note: { markdown: 'Which storms?' } });
    expect(at(byId.get(reworded.id)!)).toContain('January storm battered the coast');
    expect(byId.get(gone.id)).toMatchObject({
      anchor: 'orphan',
      exact: 'The ferry to the islands will sail from the north pier',
      note: { markdown: 'Check timetable.' },
    });

    // The orphan is exported with its quote and note.
    const { markdown } = await t.library['export/markdown']({ articleId: id });
    expect(markdown).toContain('The ferry to the islands will sail from the north pier');
    expect(markdown).toContain('Check timetable.');
    // The new version's file is kept: it is what a lost text is restored from now.
    const folder = await readdir(path.join(t.dataDir, 'articles', id));
    expect(folder).toContain('source.md');
    expect(await readFile(path.join(t.dataDir, 'articles', id, 'source.md'), 'utf8')).toContain(
      'four million',
    );

    // After a restart, the new version and the re-anchored highlights are what is on disk.
    await t.library.close();
    t.library = await openLibrary(t.dataDir);
    const again = await t.library['articles/get']({ id });
    expect(again.text).toBe(article.text);
    expect(again.highlights.map(({ id: hid, anchor }) => [hid, anchor])).toEqual(
      article.highlights.map(({ id: hid, anchor }) => [hid, anchor]),
    );
    // An orphan can be deleted like any highlight.
    await t.library['highlights/delete']({ articleId: id, id: gone.id });
    expect((await t.library['articles/get']({ id })).highlights).toHaveLength(2);
  });

  it('keeps one source file: a version of another kind replaces the old one, and a lost text comes back from it', async () => {
    const { id } = await t.library['import/file']({ name: 'harbour.md', data: base64(FIRST) });
    await t.library['import/version']({ articleId: id, name: 'harbour.txt', data: base64(SECOND) });
    const folder = await readdir(path.join(t.dataDir, 'articles', id));
    expect(folder.filter((name) => name.startsWith('source.'))).toEqual(['source.txt']);

    await rm(path.join(t.dataDir, 'articles', id, 'article.json'));
    await t.library['articles/restoreText']({ id });
    expect((await t.library['articles/get']({ id })).text).toContain('four million pounds');
  });

  it('refuses a version that cannot be imported, and changes nothing', async () => {
    const { id } = await t.library['import/file']({ name: 'harbour.md', data: base64(FIRST) });
    const highlight = await highlightOn(id, 'the old quay will close for repairs', 'Spring closure.');
    const before = await t.library['articles/get']({ id });

    const empty = await t.library.dispatch('import/version', { articleId: id, name: 'empty.md', data: '' });
    expect(empty).toMatchObject({ error: { code: 'empty-file' } });
    const missing = await t.library.dispatch('import/version', {
      articleId: 'nope',
      name: 'harbour.md',
      data: base64(SECOND),
    });
    expect(missing).toMatchObject({ error: { code: 'not-found' } });
    const both = await t.library.dispatch('import/version', {
      articleId: id,
      name: 'harbour.md',
      data: base64(SECOND),
      url: 'https://example.com/',
    });
    expect(both).toMatchObject({ error: { code: 'invalid-params' } });

    const after = await t.library['articles/get']({ id });
    expect(after.text).toBe(before.text);
    expect(after.highlights).toEqual([{ ...before.highlights[0], id: highlight.id }]);
  });
});
