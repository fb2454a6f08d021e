import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../import';
import { makePdf } from '../import/pdf/pdf-fixture.test-support';
import { REPORT } from '../import/pdf/report-fixture.test-support';
import { createLibrary, type Library } from '../library';
import { tempDataDir } from '../storage/test-helpers';

let library: Library;
let cleanup: () => void;

beforeAll(async () => {
  const temp = tempDataDir('gloss-pdf-');
  cleanup = temp.cleanup;
  library = await createLibrary({ dataDir: temp.dir, seed: false, backfill: false });
});
afterAll(async () => {
  await library.close();
  cleanup();
});

describe('PDF import', () => {
  it('takes a PDF far larger than a text may be, and refuses one over the PDF limit, naming both', async () => {
    const report = await makePdf({ ...REPORT, ballast: randomBytes(12 * 1024 * 1024) });
    expect(report.length).toBeGreaterThan(IMPORT_LIMITS.text * 2);
    const summary = await library['import/file']({
      name: 'illustrated-report.pdf',
      data: Buffer.from(report).toString('base64'),
    });
    expect(summary).toMatchObject({ title: 'The Harbour in Winter', format: 'pdf' });

    const huge = Buffer.alloc(IMPORT_LIMITS.pdf + 1024 * 1024).toString('base64');
    await expect(library['import/file']({ name: 'atlas.pdf', data: huge })).rejects.toMatchObject({
      code: 'too-large',
      message: '“atlas.pdf” is too large to import (51.0 MB). Gloss imports .pdf files up to 50.0 MB.',
    });
  });

  it('imports a PDF through import/file; a highlight and its export say the page', async () => {
    const data = Buffer.from(await makePdf(REPORT)).toString('base64');
    const summary = await library['import/file']({ name: 'harbour-report.pdf', data });
    expect(summary).toMatchObject({ title: 'The Harbour in Winter', format: 'pdf', byline: 'Mara Quint' });
    const article = await library['articles/get']({ id: summary.id });
    const quote = 'the closure had cost them a month of landings';
    const start = article.text.indexOf(quote);
    await library['highlights/create']({ articleId: summary.id, start, end: start + quote.length });
    const onFirst = article.text.indexOf('two cranes and a barge');
    await library['highlights/create']({ articleId: summary.id, start: onFirst, end: onFirst + 22 });

    const again = await library['articles/get']({ id: summary.id });
    expect(again.highlights.map((highlight) => [highlight.exact, highlight.page])).toEqual([
      [quote, 2],
      ['two cranes and a barge', 1],
    ]);
    const { markdown } = await library['export/markdown']({ articleId: summary.id });
    expect(markdown).toContain(`> ${quote}\n>\n> — p. 2`);
    expect(markdown).toContain('> two cranes and a barge\n>\n> — p. 1');
  });
});
