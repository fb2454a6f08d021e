import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotationMustErrors, collectionMustErrors } from '../annotations/annotation-musts.test-support';
import type { EntityDetector } from '../entities';
import { createLibrary, type Library } from '../library';

const noEntities: EntityDetector = {
  detect: () => Promise.resolve({ mentions: [], entities: [] }),
  close: () => Promise.resolve(),
};
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const PORT =
  'Port fees rose sharply in March. Shippers blamed the canal, and the ministry promised a review.';

describe('W3C Web Annotations', () => {
  let dataDir: string;
  let library: Library;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-annotations-'));
    library = await createLibrary({ dataDir, seed: false, detector: noEntities, backfill: false });
  });
  afterEach(async () => {
    await library.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const importText = async (name: string, text: string) =>
    library['import/file']({ name, data: base64(text) });
  const highlight = async (articleId: string, text: string, quote: string) => {
    const start = text.indexOf(quote);
    return library['highlights/create']({ articleId, start, end: start + quote.length, color: 'blue' });
  };

  it('exports highlights that the model accepts and imports them back with note, tags and color', async () => {
    const article = await importText('port.txt', PORT);
    const { text } = await library['articles/get']({ id: article.id });
    const fees = await highlight(article.id, text, 'Port fees rose');
    await library['highlights/update']({
      articleId: article.id,
      id: fees.id,
      note: { markdown: 'Check **March**' },
      tags: ['shipping'],
    });
    await highlight(article.id, text, 'promised a review');

    const collection = await library['export/annotations']({});
    expect(collectionMustErrors(collection)).toEqual([]);
    expect(collection.total).toBe(2);
    for (const item of collection.first!.items) expect(annotationMustErrors(item)).toEqual([]);
    const data = JSON.stringify(collection);

    // The same annotations again change nothing.
    expect(await library['import/annotations']({ data })).toMatchObject({ imported: 0, duplicates: 2 });

    for (const h of (await library['articles/get']({ id: article.id })).highlights)
      await library['highlights/delete']({ articleId: article.id, id: h.id });
    const result = await library['import/annotations']({ data });
    expect(result).toMatchObject({ imported: 2, duplicates: 0, orphanCount: 0, unmatchedCount: 0 });
    expect(result.articles).toEqual([{ articleId: article.id, title: article.title, imported: 2 }]);
    const back = (await library['articles/get']({ id: article.id })).highlights.sort(
      (a, b) => a.start - b.start,
    );
    expect(back.map((h) => [h.exact, h.anchor, h.color, h.note.markdown, h.tags])).toEqual([
      ['Port fees rose', 'position', 'blue', 'Check **March**', ['shipping']],
      ['promised a review', 'position', 'blue', '', []],
    ]);
  });

  it('re-anchors by quote, keeps an annotation whose quote is gone as an orphan, and lists pages not in the library', async () => {
    const article = await importText('port.txt', PORT);
    const source = `urn:gloss:article:${article.id}`;
    const annotation = (exact: string, start: number, note: string, target = source) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      bodyValue: note,
      target: {
        source: target,
        selector: [
          { type: 'TextQuoteSelector', exact },
          { type: 'TextPositionSelector', start, end: start + exact.length },
        ],
      },
    });
    const result = await library['import/annotations']({
      data: JSON.stringify([
        annotation('the canal', 3, 'moved since'), // stale position, exact quote still there
        annotation('a quote that this article never had', 0, 'kept anyway'),
        annotation('elsewhere', 0, 'no such page', 'https://unknown.example/story'),
      ]),
    });
    expect(result).toMatchObject({ imported: 2, orphanCount: 1, unmatchedCount: 1 });
    expect(result.orphans).toEqual([
      expect.objectContaining({
        articleId: article.id,
        exact: 'a quote that this article never had',
        note: 'kept anyway',
      }),
    ]);
    expect(result.unmatched).toEqual([{ source: 'https://unknown.example/story', exact: 'elsewhere' }]);
    const { text, highlights } = await library['articles/get']({ id: article.id });
    const canal = highlights.find((h) => h.exact === 'the canal')!;
    // Found by its quote at import, and stored where it was found: it anchors by position now.
    expect(canal.start).not.toBe(3);
    expect([canal.anchor, text.slice(canal.start, canal.end), canal.note.markdown]).toEqual([
      'position',
      'the canal',
      'moved since',
    ]);
    expect(highlights.find((h) => h.anchor === 'orphan')?.note.markdown).toBe('kept anyway');
  });

  it('exports only the articles asked for, and refuses an unknown one', async () => {
    const one = await importText('one.txt', PORT);
    const two = await importText('two.txt', 'A second story about harbour cranes and their operators.');
    await highlight(one.id, (await library['articles/get']({ id: one.id })).text, 'Port fees');
    await highlight(two.id, (await library['articles/get']({ id: two.id })).text, 'harbour cranes');
    const collection = await library['export/annotations']({ articleIds: [two.id] });
    expect(collection.first!.items.map((item) => item.target.selector[0])).toEqual([
      expect.objectContaining({ exact: 'harbour cranes' }),
    ]);
    await expect(library.dispatch('export/annotations', { articleIds: ['nope'] })).resolves.toMatchObject({
      error: { code: 'not-found' },
    });
    await expect(library.dispatch('import/annotations', { data: 'nonsense' })).resolves.toMatchObject({
      error: { code: 'unsupported-file' },
    });
  });
});
