import { describe, expect, it } from 'vitest';
import { GlossError } from '../../errors';
import { makePdf } from './pdf-fixture.test-support';
import { parsePdf } from './parse-pdf';
import { REPORT } from './report-fixture.test-support';

async function refusal(bytes: Uint8Array, name: string): Promise<GlossError> {
  const error = await parsePdf({ name, bytes }).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof GlossError)) throw new Error('expected a GlossError');
  return error;
}

describe('parsePdf', () => {
  it('rebuilds title, headings and paragraphs, with each block on its page', async () => {
    const article = await parsePdf({ name: 'report.pdf', bytes: await makePdf(REPORT) });
    expect(article.format).toBe('pdf');
    expect(article.title).toBe('The Harbour in Winter');
    expect(article.byline).toBe('Mara Quint');
    expect(article.blocks.map((block) => [block.kind, block.page, block.text.slice(0, 30)])).toEqual([
      ['paragraph', 1, 'When the storms came in Novemb'],
      ['heading', 1, 'Repairs to the sea wall'],
      ['paragraph', 1, 'Engineers from the county star'],
      ['list-item', 1, 'new bearings for the swing bri'],
      ['list-item', 1, 'a second pump house'],
      ['paragraph', 1, 'The work is expected to finish'],
      ['paragraph', 2, 'and the fish market has alread'],
      ['heading', 2, 'What the fishermen say'],
      ['paragraph', 2, 'Most crews welcomed the work, '],
    ]);
    // Lines joined with spaces; a word hyphenated at a line end mended, a real hyphen kept.
    expect(article.text).toContain('in November, the old harbour wall gave way in three places');
    expect(article.text).toContain('a thoroughly unprecedented repair');
    expect(article.text).toContain('the north-east corner');
    // The word hyphenated across the page break ends page 1.
    expect(article.blocks[5]!.text).toMatch(/before the spring tides arrive at the harbour entrance$/);
    // Running header and "Page N of M" are gone.
    expect(article.text).not.toMatch(/Harbour Review|Page \d of/);
    const block = article.blocks[2]!;
    expect(article.text.slice(block.start, block.end)).toBe(block.text);
  });

  it('refuses a scan, saying it has no text and what to do', async () => {
    const error = await refusal(await makePdf({ pages: [[], []], scanned: true }), 'scan.pdf');
    expect(error.code).toBe('unsupported-file');
    expect(error.message).toBe(
      '“scan.pdf” has no text Gloss can read: it looks like a scan (pictures of pages). Run it through OCR (text recognition) first, then import it again.',
    );
  });

  it('refuses a damaged PDF', async () => {
    const error = await refusal(new TextEncoder().encode('%PDF-1.7\nnot really a pdf'), 'broken.pdf');
    expect(error.code).toBe('unsupported-file');
    expect(error.message).toMatch(/can't read the PDF “broken\.pdf”/);
  });
});
