import { describe, expect, it } from 'vitest';
import { refusalBeforeReading } from './import-checks';

const MB = 1024 * 1024;

describe('refusalBeforeReading', () => {
  it.each([
    ['notes.md', 2000],
    ['Notes.MARKDOWN', 2000],
    ['field report.txt', 5 * MB],
  ])('lets %s (%d bytes) through to the core', (name, size) => {
    expect(refusalBeforeReading({ name, size })).toBeNull();
  });

  it.each([
    ['report.pdf', 12 * MB, 'unsupported-file', "Gloss can't import “report.pdf”: only plain text"],
    ['README', 10, 'unsupported-file', "Gloss can't import “README”"],
    [
      'huge.txt',
      5.5 * MB,
      'too-large',
      '“huge.txt” is too large to import (5.5 MB). Gloss imports articles up to 5.0 MB.',
    ],
    ['film.md', 700 * MB, 'too-large', '“film.md” is too large to import (700.0 MB).'],
    ['blank.txt', 0, 'empty-file', '“blank.txt” is empty: there is no text in it to import.'],
  ])('refuses %s (%d bytes) as %s', (name, size, code, message) => {
    const refusal = refusalBeforeReading({ name, size });
    expect(refusal?.code).toBe(code);
    expect(refusal?.message).toContain(message);
  });

  it('names the file without its folder or control characters', () => {
    expect(refusalBeforeReading({ name: 'C:\\docs\\a\u0007b.exe', size: 1 })?.message).toContain('“ab.exe”');
  });
});
