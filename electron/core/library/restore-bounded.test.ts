import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Highlight } from '../../contract/model';
import { anchoringWorkDone } from '../anchoring';
import { ARTICLE_BUDGET, HIGHLIGHT_BUDGET } from '../anchoring/budget';
import type { EntityDetector } from '../entities';
import { createLibrary, type Library } from '../library';

const noEntities: EntityDetector = {
  detect: () => Promise.resolve({ mentions: [], entities: [] }),
  close: () => Promise.resolve(),
};

function gibberish(length: number, seed: number): string {
  let state = seed;
  let out = '';
  while (out.length < length) {
    state = (state * 16807) % 2147483647;
    out += String.fromCharCode(97 + (state % 26));
  }
  return out;
}

/** About 250,000 characters of paragraphs: a long read. */
const ARTICLE = [
  'The long negotiations',
  ...Array.from({ length: 500 }, (_, i) =>
    `Paragraph ${i}: the delegations met again in Geneva and talked late into the night. `.repeat(6).trim(),
  ),
].join('\n\n');

describe('restoring highlights whose long quotes occur nowhere', () => {
  let dataDir: string;
  let library: Library;
  let articleId: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-restore-'));
    library = await createLibrary({ dataDir, seed: false, backfill: false, detector: noEntities });
    const data = Buffer.from(ARTICLE).toString('base64');
    articleId = (await library['import/file']({ name: 'talks.txt', data })).id;
  });
  afterAll(async () => {
    await library.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const restore = (i: number) => {
    const exact = gibberish(3999, 1000 + i);
    const highlight: Highlight = {
      id: `hostile${i}`,
      articleId,
      color: 'yellow',
      start: (i * 7919) % 200_000,
      end: ((i * 7919) % 200_000) + exact.length,
      exact,
      prefix: gibberish(1000, 2000 + i),
      suffix: gibberish(1000, 3000 + i),
      anchor: 'position',
      note: { markdown: '', editorState: null, updatedAt: null },
      tags: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    return library.dispatch('highlights/restore', { highlight });
  };

  it('does a bounded amount of work per call, so other calls are answered in between', async () => {
    for (let i = 0; i < 40; i++) {
      const before = anchoringWorkDone();
      const answer = await restore(i);
      expect(answer).toMatchObject({ result: { id: `hostile${i}`, anchor: 'orphan' } });
      expect(anchoringWorkDone() - before).toBeLessThanOrEqual(HIGHLIGHT_BUDGET);
      // The library keeps answering while the restores go on.
      expect(await library.dispatch('library/status', {})).toHaveProperty('result');
    }

    // Opening the article anchors all 40 within one article's budget, not 40 full searches.
    const before = anchoringWorkDone();
    const article = await library['articles/get']({ id: articleId });
    expect(anchoringWorkDone() - before).toBeLessThanOrEqual(ARTICLE_BUDGET);
    expect(article.highlights).toHaveLength(40);
    expect(article.highlights.every((highlight) => highlight.anchor === 'orphan')).toBe(true);
  });
});
