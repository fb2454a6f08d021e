import { describe, expect, it } from 'vitest';
import { groupImports } from './import-groups';

const MB = 1024 * 1024;
const LIMITS = { maxImageBytes: 10 * MB, maxImages: 100, maxArticleBytes: 50 * MB };

/** Files as a drop gives them: a path inside the drop and a size (the name is the path's end). */
const drop = (...entries: (string | [string, number])[]) =>
  entries.map((entry) => {
    const [path, size] = typeof entry === 'string' ? [entry, 1000] : entry;
    return { file: { path, size }, path };
  });

/** What each import is: the article's path and its companions' paths. */
const shape = (groups: ReturnType<typeof groupImports<{ path: string; size: number }>>) =>
  groups.map((group) => [group.path, group.companions.map((companion) => companion.path)]);

describe('groupImports', () => {
  it('makes a saved page and its _files folder one import, sending only the images, by their path from the page', () => {
    const groups = groupImports(
      drop(
        '/Story.html',
        '/Story_files/photo.jpg',
        '/Story_files/chart.png',
        '/Story_files/app.js',
        '/Story_files/site.css',
        '/Story_files/ad-frame.html',
        '/Story_files/spacer',
      ),
      LIMITS,
    );
    expect(shape(groups)).toEqual([
      ['Story.html', ['Story_files/chart.png', 'Story_files/photo.jpg', 'Story_files/spacer']],
    ]);
    expect(groups[0]!.leftOut).toEqual([]);
  });

  it('keeps two saved pages apart, each with its own folder', () => {
    const groups = groupImports(drop('a.html', 'a_files/1.png', 'b.htm', 'b_files/2.png'), LIMITS);
    expect(shape(groups)).toEqual([
      ['a.html', ['a_files/1.png']],
      ['b.htm', ['b_files/2.png']],
    ]);
  });

  it('gives a Markdown file the images picked with it, and those in folders under it', () => {
    const groups = groupImports(drop('notes.md', 'diagram.png', 'img/photo.jpeg'), LIMITS);
    expect(shape(groups)).toEqual([['notes.md', ['diagram.png', 'img/photo.jpeg']]]);
  });

  it('paths are relative to the article’s own folder when a whole folder is dropped', () => {
    const groups = groupImports(drop('/trip/day1.md', '/trip/img/a.png', '/other.txt'), LIMITS);
    expect(shape(groups)).toEqual([
      ['trip/day1.md', ['img/a.png']],
      ['other.txt', []],
    ]);
  });

  it('an image goes to the articles of the nearest folder above it, not to every article', () => {
    const groups = groupImports(drop('/top.md', '/a/one.md', '/a/two.md', '/a/x.png', '/top.png'), LIMITS);
    expect(shape(groups)).toEqual([
      ['top.md', ['top.png']],
      ['a/one.md', ['x.png']],
      ['a/two.md', ['x.png']],
    ]);
  });

  it('an image with no article above it, or a file of no kind Gloss knows, is imported alone (and the core refuses it)', () => {
    const groups = groupImports(drop('/photos/a.png', '/text/essay.md', '/report.docx'), LIMITS);
    expect(shape(groups)).toEqual([
      ['text/essay.md', []],
      ['photos/a.png', []],
      ['report.docx', []],
    ]);
  });

  it('leaves out, by name, images over the size limits and beyond the count, and says why', () => {
    const many = Array.from({ length: 4 }, (_, i) => `p_files/${i}.png`);
    const groups = groupImports(drop('p.html', ['p_files/huge.jpg', 11 * MB], ...many), {
      maxImageBytes: 10 * MB,
      maxImages: 2,
      maxArticleBytes: 50 * MB,
    });
    expect(shape(groups)).toEqual([['p.html', ['p_files/0.png', 'p_files/1.png']]]);
    expect(groups[0]!.leftOut).toEqual([
      '“huge.jpg” is over 10.0 MB',
      '2 more images (an article keeps at most 2)',
    ]);
  });

  it('stops adding images once they would take more than an article keeps in all', () => {
    const groups = groupImports(drop('n.md', ['a.png', 30 * MB], ['b.png', 30 * MB], ['c.png', 5 * MB]), {
      ...LIMITS,
      maxImageBytes: 40 * MB,
    });
    expect(shape(groups)).toEqual([['n.md', ['a.png', 'c.png']]]);
    expect(groups[0]!.leftOut).toEqual(['“b.png”: the images already take 50.0 MB']);
  });

  it('reads Windows separators as folders', () => {
    expect(shape(groupImports(drop('Page.html', 'Page_files\\a.png'), LIMITS))).toEqual([
      ['Page.html', ['Page_files/a.png']],
    ]);
  });
});
