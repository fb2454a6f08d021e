import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityDetector } from '../entities';
import { createLibrary, type Library } from '../library';

const noEntities: EntityDetector = {
  detect: () => Promise.resolve({ mentions: [], entities: [] }),
  close: () => Promise.resolve(),
};
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
/** Explicit embeddings, overrides and isolates: what may never reach a label. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

describe('labels the library makes', () => {
  let dataDir: string;
  let library: Library;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-labels-'));
    library = await createLibrary({ dataDir, seed: false, backfill: false, detector: noEntities });
  });
  afterEach(async () => {
    await library.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('carry no bidi controls: title, byline, source, tags, export name and messages', async () => {
    const markdown = [
      '---',
      'title: "Talks \u202Ein Beijing"',
      'author: "\u2067Jane Doe\u2069"',
      '---',
      '',
      'The foreign ministers met on Tuesday and talked for three hours about trade.',
    ].join('\n');
    const summary = await library['import/file']({ name: 'report\u202Edm.md', data: base64(markdown) });
    expect(summary).toMatchObject({ title: 'Talks in Beijing', byline: 'Jane Doe', source: 'reportdm.md' });

    const { tags } = await library['tags/set']({
      articleId: summary.id,
      tags: ['\u202Dforeign', 'trade\u2066'],
    });
    expect(tags).toEqual(['foreign', 'trade']);
    const { fileName, markdown: exported } = await library['export/markdown']({ articleId: summary.id });
    expect(fileName).toBe('Talks in Beijing.md');
    expect(exported).not.toMatch(BIDI);

    const refused = await library.dispatch('import/file', { name: 'empty\u202E.txt', data: base64(' ') });
    expect(refused).toMatchObject({ error: { code: 'empty-file' } });
    expect(JSON.stringify(refused)).not.toMatch(BIDI);
  });
});
