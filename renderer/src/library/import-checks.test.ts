import { describe, expect, it } from 'vitest';
import { refusalBeforeReading } from './import-checks';

const MB = 1024 * 1024;
const LIMIT = 5 * MB;

describe('refusalBeforeReading', () => {
  it.each([
    ['notes.md', 2000],
    ['report.pdf', 2000],
    ['blank.txt', 0],
    ['field report.txt', LIMIT],
  ])('lets %s (%d bytes) through to the core, which judges type and content', (name, size) => {
    expect(refusalBeforeReading({ name, size }, LIMIT)).toBeNull();
  });

  it.each([
    [
      'huge.txt',
      5.5 * MB,
      '“huge.txt” is too large to import (5.5 MB). Gloss imports articles up to 5.0 MB.',
    ],
    ['film.md', 700 * MB, '“film.md” is too large to import (700.0 MB).'],
  ])('refuses %s (%d bytes) without reading it', (name, size, message) => {
    const refusal = refusalBeforeReading({ name, size }, LIMIT);
    expect(refusal?.code).toBe('too-large');
    expect(refusal?.message).toContain(message);
  });

  it('names the file without its folder or control characters', () => {
    expect(refusalBeforeReading({ name: 'C:\\docs\\a\u0007b.txt', size: 6 * MB }, LIMIT)?.message).toContain(
      '“ab.txt”',
    );
  });
});
