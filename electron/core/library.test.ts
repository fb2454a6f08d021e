import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiError } from '../contract/errors';
import { createLibrary, type Library } from './library';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/**
 * What a refused call must not change: every article's files, byte for byte, and the library
 * as the app lists it (the index itself is a cache written lazily, so it is read through the API).
 */
async function snapshot(library: Library): Promise<Record<string, unknown>> {
  const files: Record<string, unknown> = {
    list: await library['articles/list']({}),
    tags: await library['tags/list']({}),
  };
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else files[path.relative(library.dataDir, full)] = await readFile(full, 'utf8');
    }
  };
  await walk(path.join(library.dataDir, 'articles'));
  return files;
}

describe('library', () => {
  let dataDir: string;
  let library: Library;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-library-'));
    library = await createLibrary({ dataDir });
  });
  afterEach(async () => {
    await library.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const seedArticle = async () => {
    const [summary] = await library['articles/list']({});
    if (!summary) throw new Error('the seed article was not imported');
    return library['articles/get']({ id: summary.id });
  };

  it('imports the seed article on first run as a proper article', async () => {
    const list = await library['articles/list']({});
    expect(list).toHaveLength(1);
    const article = await seedArticle();
    expect(article.publishedAt).toBe('2024-04-09');
    expect(article.title).not.toMatch(/follow us|image source/i);
    const textOf = (block: { start: number; end: number }) => article.text.slice(block.start, block.end);
    expect(article.blocks.filter((block) => block.kind === 'heading').map(textOf)).toEqual([
      "Lavrov meets Chinese counterpart, slams Ukraine's peace formula",
      'China on Russia-Ukraine War',
    ]);
    // The text is sent once: blocks carry only their offsets into it.
    for (const block of article.blocks) expect(block).not.toHaveProperty('text');
  });

  it('detects entities off the main thread and caches them with the article', async () => {
    const article = await seedArticle();
    // Like the reader, poll until detection is done: a busy machine may need more than one call.
    const entities = await vi.waitFor(
      async () => {
        const answer = await library['entities/get']({ articleId: article.id });
        if (answer.state.status !== 'ready') throw new Error(`detection is ${answer.state.status}`);
        return answer;
      },
      { timeout: 30_000, interval: 200 },
    );
    const names = entities.entityList.map((entity) => entity.name);
    expect(names).toEqual(expect.arrayContaining(['Xi Jinping', 'Sergey Lavrov']));
    // Every mention names one of the entities listed, over text the article has there.
    expect(entities.mentions.start.length).toBeGreaterThan(0);
    for (const [i, start] of entities.mentions.start.entries()) {
      const entity = entities.entityList[entities.mentions.entity[i]!]!;
      expect(entity.aliases).toContain(article.text.slice(start, entities.mentions.end[i]));
    }
    const cacheFiles = await readdir(path.join(dataDir, 'articles', article.id));
    expect(cacheFiles).toContain('entities.json');
  });

  it('keeps highlights, notes and tags across a restart', async () => {
    const article = await seedArticle();
    const start = article.text.indexOf('Chinese President Xi Jinping met');
    const highlight = await library['highlights/create']({
      articleId: article.id,
      start,
      end: start + 32,
      color: 'green',
    });
    expect(highlight.exact).toBe('Chinese President Xi Jinping met');
    expect(highlight.prefix.length).toBeGreaterThan(0);
    await library['highlights/update']({
      articleId: article.id,
      id: highlight.id,
      note: { markdown: 'A **rare** meeting', editorState: '{"root":{}}' },
      tags: ['diplomacy', ' China ', 'DIPLOMACY'],
    });
    await library['notes/save']({ articleId: article.id, note: { markdown: '# Summary' } });
    await library['tags/set']({ articleId: article.id, tags: ['Russia', 'china'] });

    await library.close();
    library = await createLibrary({ dataDir });
    const again = await library['articles/get']({ id: article.id });
    expect(again.tags).toEqual(['Russia', 'China']);
    expect(again.highlightCount).toBe(1);
    expect(again.note.markdown).toBe('# Summary');
    expect(again.highlights).toEqual([
      expect.objectContaining({
        id: highlight.id,
        start,
        end: start + 32,
        color: 'green',
        anchor: 'position',
        tags: ['diplomacy', 'China'],
        note: expect.objectContaining({ markdown: 'A **rare** meeting', editorState: '{"root":{}}' }),
      }),
    ]);
    expect(await library['tags/list']({})).toEqual(
      expect.arrayContaining([
        { name: 'China', color: null, count: 1 },
        { name: 'diplomacy', color: null, count: 1 },
      ]),
    );
    expect(await library['articles/list']({ tag: 'DIPLOMACY' })).toHaveLength(1);
    expect(await library['articles/list']({ tag: 'sports' })).toHaveLength(0);
  });

  it('colors a tag, keeps the color across a restart, and refuses a tag nobody uses', async () => {
    const article = await seedArticle();
    await library['tags/set']({ articleId: article.id, tags: ['Diplomacy'] });
    expect(await library['tags/setColor']({ name: 'diplomacy', color: 'teal' })).toEqual([
      { name: 'Diplomacy', color: 'teal', count: 1 },
    ]);
    await library.close();
    library = await createLibrary({ dataDir });
    expect(await library['tags/list']({})).toEqual([{ name: 'Diplomacy', color: 'teal', count: 1 }]);
    await library['tags/setColor']({ name: 'Diplomacy', color: null });
    expect(await library['tags/list']({})).toEqual([{ name: 'Diplomacy', color: null, count: 1 }]);
    expect(await library.dispatch('tags/setColor', { name: 'sports', color: 'red' })).toMatchObject({
      error: { code: 'not-found' },
    });
    expect(await library.dispatch('tags/setColor', { name: 'Diplomacy', color: 'url(evil)' })).toMatchObject({
      error: { code: 'invalid-params' },
    });
  });

  it('deletes a highlight and restores it whole', async () => {
    const article = await seedArticle();
    const created = await library['highlights/create']({ articleId: article.id, start: 10, end: 40 });
    const tagged = await library['highlights/update']({
      articleId: article.id,
      id: created.id,
      tags: ['keep'],
    });
    const removed = await library['highlights/delete']({ articleId: article.id, id: created.id });
    expect((await library['articles/get']({ id: article.id })).highlights).toHaveLength(0);
    await library['highlights/restore']({ highlight: removed });
    const [restored] = (await library['articles/get']({ id: article.id })).highlights;
    expect(restored).toMatchObject({ id: created.id, tags: tagged.tags, start: 10, end: 40 });
  });

  it('exports the notes as Markdown with front matter and the highlight quoted', async () => {
    const article = await seedArticle();
    const start = article.text.indexOf('Lavrov is on a two-day visit');
    const highlight = await library['highlights/create']({ articleId: article.id, start, end: start + 28 });
    await library['highlights/update']({
      articleId: article.id,
      id: highlight.id,
      note: { markdown: 'Two **days**' },
    });
    const exported = await library['export/markdown']({ articleId: article.id });
    expect(exported.fileName).toMatch(/\.md$/);
    expect(exported.markdown).toMatch(/^---\n[\s\S]*published: ["']?2024-04-09/);
    expect(exported.markdown).toContain('> Lavrov is on a two-day visit');
    expect(exported.markdown).toContain('Two **days**');
    expect(exported.markdown).toContain('Xi Jinping');
  });

  it('imports a Markdown file and refuses empty and binary files without changing anything', async () => {
    // Exporting waits for the seed's background entity detection, which writes its cache.
    await library['export/markdown']({ articleId: (await seedArticle()).id });
    const before = await snapshot(library);
    const refusals: [string, string, ApiError['code']][] = [
      ['empty.txt', base64('   \n\n '), 'empty-file'],
      [
        'image.txt',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]).toString('base64'),
        'unsupported-file',
      ],
      ['report.pdf', base64('%PDF-1.7 text'), 'unsupported-file'],
      ['huge.txt', base64('word '.repeat(1_200_000)), 'too-large'],
    ];
    for (const [name, data, code] of refusals) {
      const answer = await library.dispatch('import/file', { name, data });
      expect(answer).toMatchObject({ error: { code, message: expect.stringContaining(name) } });
    }
    expect(await snapshot(library)).toEqual(before);

    const summary = await library['import/file']({
      name: 'notes.md',
      data: base64(
        '---\ntags: [berlin, Field]\nsource: https://news.example.com/notes\n---\n# Field notes\n\nMet *Angela Merkel* in Berlin.\n\n- one\n- two\n',
      ),
    });
    expect(summary).toMatchObject({
      title: 'Field notes',
      tags: ['berlin', 'Field'],
      url: 'https://news.example.com/notes',
    });
    const article = await library['articles/get']({ id: summary.id });
    expect(article.blocks.map((block) => block.kind)).toEqual(['paragraph', 'list-item', 'list-item']);
    expect(article.text).toContain('Met Angela Merkel in Berlin.');
    const [emphasis] = article.marks;
    expect(emphasis && article.text.slice(emphasis.start, emphasis.end)).toBe('Angela Merkel');
  });

  it('indexes entities of articles never opened, across the library', async () => {
    const seedsDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-seeds-'));
    await writeFile(
      path.join(seedsDir, 'a.md'),
      '# Berlin talks\n\nAngela Merkel met Emmanuel Macron in Berlin on Monday.\n',
    );
    await writeFile(
      path.join(seedsDir, 'b.txt'),
      'Merkel returns\n\nFormer chancellor Angela Merkel spoke in Paris.\n',
    );
    const otherDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-library-'));
    const other = await createLibrary({ dataDir: otherDir, seedsDir });
    try {
      const entry = await vi.waitFor(
        async () => {
          const found = await other['entities/articles']({ name: 'Angela Merkel', type: 'person' });
          if (found.articles.length < 2) throw new Error('not indexed yet');
          return found;
        },
        { timeout: 30_000, interval: 200 },
      );
      expect(entry.articles.map((article) => article.title).sort()).toEqual([
        'Berlin talks',
        'Merkel returns',
      ]);
      for (const article of entry.articles)
        expect(article.firstMention.end).toBeGreaterThan(article.firstMention.start);
    } finally {
      await other.close();
      await rm(otherDir, { recursive: true, force: true });
      await rm(seedsDir, { recursive: true, force: true });
    }
  });

  it.each([
    ['an unknown method', 'articles/burn', {}, 'unknown-method'],
    ['a non-string method', 42, {}, 'unknown-method'],
    ['a missing param', 'articles/get', {}, 'invalid-params'],
    ['a wrong type', 'highlights/create', { articleId: 'x', start: '1', end: 2 }, 'invalid-params'],
    ['an unknown field', 'articles/get', { id: 'x', extra: true }, 'invalid-params'],
    [
      'an oversized note',
      'notes/save',
      { articleId: 'x', note: { markdown: 'x'.repeat(1_000_001) } },
      'invalid-params',
    ],
    [
      'a bad color',
      'highlights/create',
      { articleId: 'x', start: 1, end: 2, color: 'red' },
      'invalid-params',
    ],
    ['an id that does not exist', 'articles/get', { id: 'nope' }, 'not-found'],
    ['params that are not an object', 'articles/list', 'all', 'invalid-params'],
  ])('answers %s with a typed error', async (_name, method, params, code) => {
    const answer = await library.dispatch(method, params);
    expect(answer).toEqual({ error: { code, message: expect.any(String) } });
    expect(JSON.stringify(answer)).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses highlights outside the text or over only whitespace', async () => {
    const article = await seedArticle();
    const gap = article.blocks[0]!.end;
    for (const [start, end] of [
      [5, 5],
      [9, 3],
      [0, article.text.length + 1],
      [gap, gap + 2],
    ] as const) {
      const answer = await library.dispatch('highlights/create', { articleId: article.id, start, end });
      expect(answer).toMatchObject({ error: { code: 'invalid-params' } });
    }
  });
});
