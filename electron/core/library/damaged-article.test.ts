import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { base64, useTempLibrary } from './temp-library.test-support';

const FILE = [
  '---',
  'title: Harbour wall repaired',
  '---',
  '',
  'When the storms came in November, the old harbour wall gave way in three places.',
  '',
  'Engineers brought in two cranes and a barge to lift the new stone blocks into place.',
  '',
].join('\n');
const QUOTE = 'two cranes and a barge';

describe('an article whose article.json is damaged', () => {
  const t = useTempLibrary('gloss-damaged-');

  /** An imported article with a highlight, a note on it and an article note. */
  const annotated = async () => {
    const { id } = await t.library['import/file']({ name: 'harbour.md', data: base64(FILE) });
    const { text } = await t.library['articles/get']({ id });
    const start = text.indexOf(QUOTE);
    const highlight = await t.library['highlights/create']({
      articleId: id,
      start,
      end: start + QUOTE.length,
    });
    await t.library['highlights/update']({
      articleId: id,
      id: highlight.id,
      note: { markdown: 'Ask the council' },
    });
    await t.library['notes/save']({ articleId: id, note: { markdown: 'Follow up in spring.' } });
    return { id, start };
  };
  const articleFile = (id: string) => path.join(t.dataDir, 'articles', id, 'article.json');
  const truncate = async (id: string) => {
    const file = articleFile(id);
    const whole = await readFile(file, 'utf8');
    await writeFile(file, whole.slice(0, whole.length / 2));
  };

  it('still opens with its notes and quoted highlights, exports them, and restores its text', async () => {
    const { id, start } = await annotated();
    await truncate(id);

    const damaged = await t.library['articles/get']({ id });
    expect(damaged.textLost).toMatchObject({ restorable: true });
    expect(damaged.textLost?.message).toContain('Harbour wall repaired');
    expect(damaged.text).toBe('');
    expect(damaged.note.markdown).toBe('Follow up in spring.');
    expect(damaged.highlights).toMatchObject([
      { exact: QUOTE, anchor: 'orphan', note: { markdown: 'Ask the council' } },
    ]);

    const { markdown } = await t.library['export/markdown']({ articleId: id });
    expect(markdown).toContain(QUOTE);
    expect(markdown).toContain('Ask the council');
    expect(markdown).toContain('Follow up in spring.');

    await t.library['articles/restoreText']({ id });
    const restored = await t.library['articles/get']({ id });
    expect(restored.textLost).toBeNull();
    expect(restored.text).toContain(QUOTE);
    expect(restored.highlights).toMatchObject([{ exact: QUOTE, start, anchor: 'position' }]);
  });

  it('takes its text back when the same file is imported again, instead of making a second article', async () => {
    const { id, start } = await annotated();
    await truncate(id);

    const again = await t.library['import/file']({ name: 'harbour (1).md', data: base64(FILE) });
    expect(again).toMatchObject({ id, existing: 'reattached' });
    expect(await t.library['articles/list']({})).toHaveLength(1);
    const restored = await t.library['articles/get']({ id });
    expect(restored.textLost).toBeNull();
    expect(restored.highlights).toMatchObject([
      { exact: QUOTE, start, note: { markdown: 'Ask the council' } },
    ]);

    // Once more with the text intact: the same article answers, nothing is added.
    const duplicate = await t.library['import/file']({ name: 'harbour.md', data: base64(FILE) });
    expect(duplicate).toMatchObject({ id, existing: 'duplicate' });
    expect(await t.library['articles/list']({})).toHaveLength(1);
    // A different file is a new article.
    const other = await t.library['import/file']({
      name: 'other.md',
      data: base64(`${FILE}\nA last line.\n`),
    });
    expect(other.id).not.toBe(id);
    expect(other.existing).toBeUndefined();
  });

  it('says so when no copy of the file was kept', async () => {
    const { id } = await annotated();
    await rm(path.join(t.dataDir, 'articles', id, 'source.md'));
    await rm(articleFile(id));

    expect((await t.library['articles/get']({ id })).textLost).toMatchObject({ restorable: false });
    await expect(t.library['articles/restoreText']({ id })).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('Import that file again') as unknown as string,
    });
  });
});
