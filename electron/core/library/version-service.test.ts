import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Highlight } from '../../contract/model';
import type { EntityDetector } from '../entities';
import { createLibrary, type Library } from '../library';

const noEntities: EntityDetector = {
  detect: () => Promise.resolve({ mentions: [], entities: [] }),
  close: () => Promise.resolve(),
};

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

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('import/version: a new version of an article', () => {
  let dataDir: string;
  let library: Library;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-version-'));
    library = await createLibrary({ dataDir, seed: false, backfill: false, detector: noEntities });
  });
  afterEach(async () => {
    await library.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function highlightOn(articleId: string, quote: string, note: string): Promise<Highlight> {
    const { text } = await library['articles/get']({ id: articleId });
    const start = text.indexOf(quote);
    expect(start).toBeGreaterThanOrEqual(0);
    const highlight = await library['highlights/create']({ articleId, start, end: start + quote.length });
    return library['highlights/update']({
      articleId,
      id: highlight.id,
      note: { markdown: note, editorState: null },
    });
  }

  it('keeps the id and the highlights, moved to the new text, and lists the one whose passage is gone', async () => {
    const { id } = await library['import/file']({ name: 'harbour.md', data: base64(FIRST) });
    await library['tags/set']({ articleId: id, tags: ['harbour'] });
    const moved = await highlightOn(id, 'the old quay will close for repairs', 'Spring closure.');
    const reworded = await highlightOn(id, 'after the January storms battered the coast', 'Which storms?');
    const gone = await highlightOn(
      id,
      'The ferry to the islands will sail from the north pier',
      'Check timetable.',
    );

    const answer = await library.dispatch('import/version', {
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
    expect((await library['articles/list']({})).map((article) => article.id)).toEqual([id]);

    const article = await library['articles/get']({ id });
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
    const { markdown } = await library['export/markdown']({ articleId: id });
    expect(markdown).toContain('The ferry to the islands will sail from the north pier');
    expect(markdown).toContain('Check timetable.');
    // The new version's file is kept: it is what a lost text is restored from now.
    const folder = await readdir(path.join(dataDir, 'articles', id));
    expect(folder).toContain('source.md');
    expect(await readFile(path.join(dataDir, 'articles', id, 'source.md'), 'utf8')).toContain('four million');

    // After a restart, the new version and the re-anchored highlights are what is on disk.
    await library.close();
    library = await createLibrary({ dataDir, seed: false, backfill: false, detector: noEntities });
    const again = await library['articles/get']({ id });
    expect(again.text).toBe(article.text);
    expect(again.highlights.map(({ id: hid, anchor }) => [hid, anchor])).toEqual(
      article.highlights.map(({ id: hid, anchor }) => [hid, anchor]),
    );
    // An orphan can be deleted like any highlight.
    await library['highlights/delete']({ articleId: id, id: gone.id });
    expect((await library['articles/get']({ id })).highlights).toHaveLength(2);
  });

  it('refuses a version that cannot be imported, and changes nothing', async () => {
    const { id } = await library['import/file']({ name: 'harbour.md', data: base64(FIRST) });
    const highlight = await highlightOn(id, 'the old quay will close for repairs', 'Spring closure.');
    const before = await library['articles/get']({ id });

    const empty = await library.dispatch('import/version', { articleId: id, name: 'empty.md', data: '' });
    expect(empty).toMatchObject({ error: { code: 'empty-file' } });
    const missing = await library.dispatch('import/version', {
      articleId: 'nope',
      name: 'harbour.md',
      data: base64(SECOND),
    });
    expect(missing).toMatchObject({ error: { code: 'not-found' } });
    const both = await library.dispatch('import/version', {
      articleId: id,
      name: 'harbour.md',
      data: base64(SECOND),
      url: 'https://example.com/',
    });
    expect(both).toMatchObject({ error: { code: 'invalid-params' } });

    const after = await library['articles/get']({ id });
    expect(after.text).toBe(before.text);
    expect(after.highlights).toEqual([{ ...before.highlights[0], id: highlight.id }]);
  });
});
