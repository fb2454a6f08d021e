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
    { title: '<b>Talks</b> in <i>Beijing</i>', fileName: 'Talks in Beijing.md' },
    { title: 'x <b>y</b> <scr<b>ipt>alert(1)</script> z', fileName: 'x y.md' },
    { title: 'Report\u202Efdp.exe', fileName: 'Reportfdp.exe.md' },
    { title: '\u2067Isolated\u2069', fileName: 'Isolated.md' },
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

  // ext4 and most Linux file systems allow 255 *bytes*: a long CJK title is 3 bytes a character.
  it.each([
    ['Chinese', '俄罗斯外长拉夫罗夫会见中国国家主席习近平'.repeat(6)],
    ['Japanese', 'ロシアのラブロフ外相が北京で習近平国家主席と会談した'.repeat(5)],
    ['emoji', '😀'.repeat(90)],
  ])('stays within 255 UTF-8 bytes for a long %s title', (_script, title) => {
    const name = exportFileName(title);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(name).toMatch(/\.md$/);
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(title.startsWith(name.slice(0, -3))).toBe(true);
  });
});
