import { describe, expect, it } from 'vitest';
import { refusalBeforeReading } from './import-checks';

const MB = 1024 * 1024;
const LIMIT = 5 * MB;
const LIMITS = {
  importLimits: { text: LIMIT, markdown: LIMIT, html: 10 * MB, pdf: 50 * MB },
  maxImportBytes: 50 * MB,
  imageLimits: { maxImageBytes: 10 * MB, maxImages: 100, maxArticleBytes: 50 * MB },
};

describe('refusalBeforeReading', () => {
  it.each([
    ['notes.md', 2000],
    ['report.pdf', 2000],
    ['blank.txt', 0],
    ['field report.txt', LIMIT],
    ['annual report.pdf', 30 * MB],
    ['saved page.htm', 8 * MB],
  ])('lets %s (%d bytes) through to the core, which judges type and content', (name, size) => {
    expect(refusalBeforeReading({ name, size }, LIMITS)).toBeNull();
  });

  it.each([
    [
      'huge.txt',
      5.5 * MB,
      '“huge.txt” is too large to import (5.5 MB). Gloss imports .txt files up to 5.0 MB.',
    ],
    [
      'scan.PDF',
      51 * MB,
      '“scan.PDF” is too large to import (51.0 MB). Gloss imports .pdf files up to 50.0 MB.',
    ],
    [
      'movie.mkv',
      60 * MB,
      '“movie.mkv” is too large to import (60.0 MB). Gloss imports files up to 50.0 MB.',
    ],
    ['film.md', 700 * MB, '“film.md” is too large to import (700.0 MB).'],
  ])('refuses %s (%d bytes) without reading it', (name, size, message) => {
    const refusal = refusalBeforeReading({ name, size }, LIMITS);
    expect(refusal?.code).toBe('too-large');
    expect(refusal?.message).toContain(message);
  });

  it('names the file without its folder or control characters', () => {
    expect(refusalBeforeReading({ name: 'C:\\docs\\a\u0007b.txt', size: 6 * MB }, LIMITS)?.message).toContain(
      '“ab.txt”',
    );
  });
});
