import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-name';

describe('exportFileName', () => {
  it.each([
    { title: 'Lavrov meets Xi', fileName: 'Lavrov meets Xi.md' },
    {
      title: 'Lavrov in Beijing: what the visit means',
      fileName: 'Lavrov in Beijing what the visit means.md',
    },
    { title: 'a/b\\c:d*e?f"g<h>i|j', fileName: 'a b c d e f g h i j.md' },
    { title: 'Tags #1 [draft] ^x', fileName: 'Tags 1 draft x.md' },
    { title: 'Line\nbreak\u0000and\u0007bell', fileName: 'Line break and bell.md' },
    { title: '  ...hidden dots...  ', fileName: 'hidden dots.md' },
    { title: 'CON', fileName: 'CON_.md' },
    { title: 'nul.txt', fileName: 'nul_.txt.md' },
    { title: 'Com1', fileName: 'Com1_.md' },
    { title: 'Console wars', fileName: 'Console wars.md' },
    { title: '', fileName: 'Untitled.md' },
    { title: '???', fileName: 'Untitled.md' },
    { title: 'Cafe\u0301', fileName: 'Café.md' },
  ])('$title → $fileName', ({ title, fileName }) => {
    expect(exportFileName(title)).toBe(fileName);
  });

  it('stays within 100 characters without cutting a character in two', () => {
    const name = exportFileName(`${'a'.repeat(96)}😀😀😀`);
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name).toBe(`${'a'.repeat(96)}.md`);
    const words = exportFileName('word '.repeat(60));
    expect(words.length).toBeLessThanOrEqual(100);
    expect(words).toMatch(/word\.md$/);
  });
});
