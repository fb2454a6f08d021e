import { describe, expect, it } from 'vitest';
import type { ArticleSort } from '../../contract/model';
import { ARTICLE_SORTS } from '../../contract/values';
import { base64, openLibrary, useTempLibrary } from './temp-library.test-support';

describe('sorting the library', () => {
  const t = useTempLibrary('gloss-sort-');

  const add = async (title: string, published: string | null, words = 'Some words here.') => {
    const front = published
      ? `---\ntitle: ${title}\ndate: ${published}\n---\n`
      : `---\ntitle: ${title}\n---\n`;
    const { id } = await t.library['import/file']({
      name: `${title}.md`,
      data: base64(`${front}\n${words}\n`),
    });
    return id;
  };

  it('orders by each choice, ties newest added first', async () => {
    // Added in this order, so "added" lists them in reverse.
    const part10 = await add('Part 10', '2023-05-01');
    const alpha = await add('Ápple harvest', null);
    const part2 = await add('part 2', '2024-01-15');
    const zebra = await add('Zebra crossing', '2023-05-01');
    await t.library['articles/setProgress']({ id: alpha, progress: 0.5 });
    await t.library['articles/setProgress']({ id: part10, progress: 1 });
    const { text } = await t.library['articles/get']({ id: part2 });
    for (const start of [0, 5])
      await t.library['highlights/create']({ articleId: part2, start, end: start + 4 });
    await t.library['highlights/create']({ articleId: zebra, start: 0, end: text.length > 3 ? 3 : 1 });

    const expected: Record<ArticleSort, string[]> = {
      added: [zebra, part2, alpha, part10],
      published: [part2, zebra, part10, alpha], // 2024, then the two of 2023-05-01 newest added first, undated last
      title: [alpha, part2, part10, zebra], // accents and case aside, 2 before 10
      progress: [part10, alpha, zebra, part2],
      highlights: [part2, zebra, alpha, part10],
    };
    for (const sort of ARTICLE_SORTS) {
      const list = await t.library['articles/list']({ sort });
      expect(
        list.map((article) => article.id),
        sort,
      ).toEqual(expected[sort]);
    }
    expect((await t.library['articles/list']({})).map((article) => article.id)).toEqual(expected.added);
  });

  it('keeps the chosen order in the settings across a restart, and refuses one it does not know', async () => {
    expect((await t.library['settings/get']({})).librarySort).toBe('added');
    await t.library['settings/update']({ librarySort: 'title' });
    await t.library.close();
    t.library = await openLibrary(t.dataDir);
    expect((await t.library['settings/get']({})).librarySort).toBe('title');

    const refused = await t.library.dispatch('articles/list', { sort: 'random' });
    expect(refused).toMatchObject({
      error: { code: 'invalid-params', message: expect.stringContaining('"sort"') },
    });
    const unsaved = await t.library.dispatch('settings/update', { librarySort: 'colour' });
    expect(unsaved).toMatchObject({ error: { code: 'invalid-params' } });
    expect((await t.library['settings/get']({})).librarySort).toBe('title');
  });

  it('keeps the reader text settings across a restart, within their ranges', async () => {
    expect(await t.library['settings/get']({})).toMatchObject({
      readerFontSize: 19,
      readerLineWidth: 68,
      readerLineSpacing: 1.7,
    });
    await t.library['settings/update']({ readerFontSize: 24, readerLineWidth: 50, readerLineSpacing: 2 });
    for (const wrong of [{ readerFontSize: 90 }, { readerLineWidth: 5 }, { readerLineSpacing: '2' }]) {
      expect(await t.library.dispatch('settings/update', wrong)).toMatchObject({
        error: { code: 'invalid-params' },
      });
    }
    await t.library.close();
    t.library = await openLibrary(t.dataDir);
    expect(await t.library['settings/get']({})).toMatchObject({
      readerFontSize: 24,
      readerLineWidth: 50,
      readerLineSpacing: 2,
    });
  });
});
