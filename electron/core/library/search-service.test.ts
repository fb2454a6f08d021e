import { copyFile, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entity, EntityMention, HighlightColor } from '../../contract/model';
import type { Detection, EntityDetector } from '../entities';
import { createLibrary, type Library } from '../library';
import { INDEX_FILE } from './search-service';

/** Detects the names listed here wherever they occur, each as one entity with its aliases. */
const NAMES: { name: string; type: Entity['type']; aliases: string[] }[] = [
  { name: 'Sergei Lavrov', type: 'person', aliases: ['Lavrov', 'Sergey Lavrov'] },
  { name: 'Kyiv', type: 'place', aliases: ['Kiev'] },
];
const detector: EntityDetector = {
  detect: (text) => {
    const mentions: EntityMention[] = [];
    const entities: Entity[] = [];
    for (const { name, type, aliases } of NAMES) {
      const id = `${type}:${name}`;
      let count = 0;
      for (const form of [name, ...aliases]) {
        for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
          mentions.push({ start: at, end: at + form.length, type, text: form, entityId: id });
          count++;
        }
      }
      if (count) entities.push({ id, name, type, aliases: [name, ...aliases], mentionCount: count });
    }
    return Promise.resolve({ mentions, entities } as Detection);
  },
  close: () => Promise.resolve(),
};
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('full-text search', () => {
  let dataDir: string;
  let library: Library;
  const open = () => createLibrary({ dataDir, seed: false, detector, backfill: false });

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-fulltext-'));
    library = await open();
  });
  afterEach(async () => {
    await library.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const add = async (title: string, body: string, front = '') => {
    const { id } = await library['import/file']({
      name: `${title}.md`,
      data: base64(`${front ? `---\n${front}\n---\n` : ''}# ${title}\n\n${body}\n`),
    });
    await library['entities/get']({ articleId: id }); // detected, so entity filters see it
    return library['articles/get']({ id });
  };
  const titles = async (query: string) =>
    (await library['search/query']({ query })).articles.map((article) => article.title);
  const highlight = async (
    articleId: string,
    text: string,
    quote: string,
    color: HighlightColor,
    note = '',
  ) => {
    const start = text.indexOf(quote);
    const made = await library['highlights/create']({ articleId, start, end: start + quote.length, color });
    if (note) await library['highlights/update']({ articleId, id: made.id, note: { markdown: note } });
    return made;
  };

  it('puts the article with a distinctive body word first, as typed, with a typo, and by prefix', async () => {
    await add('Olympic torch relay', 'The flame passed through Marseille before the ceremony in Paris.');
    await add('Harbour news', 'Cranes unloaded containers all night long in Marseille.');
    await add('Ceremony', 'A quiet ceremony was held.');
    expect((await titles('ceremony'))[0]).toBe('Ceremony');
    expect(await titles('flame')).toEqual(['Olympic torch relay']);
    expect(await titles('containrs')).toEqual(['Harbour news']);
    expect(await titles('contai')).toEqual(['Harbour news']);
    expect(await titles('MARSEILLE flame')).toEqual(['Olympic torch relay']);
  });

  it('finds what changed after a search: entities detected only since, and a new note', async () => {
    // Detection waits for the test, so the first search indexes the article without entities.
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: EntityDetector = {
      detect: (text, published) => gate.then(() => detector.detect(text, published)),
      close: () => Promise.resolve(),
    };
    await library.close();
    library = await createLibrary({ dataDir, seed: false, detector: slow, backfill: false });
    const { id } = await library['import/file']({
      name: 'talks.md',
      data: base64('# Talks\n\nLavrov met the delegation in Geneva on Monday.\n'),
    });
    expect(await titles('delegation')).toEqual(['Talks']);
    expect(await titles('person:Lavrov')).toEqual([]);
    release();
    await library['entities/get']({ articleId: id });
    expect(await titles('person:Lavrov')).toEqual(['Talks']);
    const article = await library['articles/get']({ id });
    await highlight(id, article.text, 'the delegation', 'yellow', 'Ask about the ceasefire.');
    expect(await titles('ceasefire')).toEqual(['Talks']);
    // Deleted after those searches: no longer found; restored from the trash: found again.
    await library['articles/delete']({ ids: [id] });
    expect(await titles('ceasefire')).toEqual([]);
    await library['trash/restore']({ ids: [id] });
    expect(await titles('ceasefire')).toEqual(['Talks']);
  });

  it('matches quoted phrases as a whole, and folds accents and case', async () => {
    await add('Zurich talks', 'The Café Rhône hosted the envoys; later the rhone valley flooded.');
    await add('Valley report', 'Valley floods in the Rhône region.');
    expect(await titles('"rhone valley"')).toEqual(['Zurich talks']);
    expect(await titles('"valley rhone"')).toEqual([]);
    expect(await titles('CAFE rhone')).toEqual(['Zurich talks']);
  });

  it('finds entities by name and alias, and filters by them', async () => {
    await add('Talks in Geneva', 'Sergei Lavrov met his counterpart in Geneva on Monday.');
    await add('Kiev by night', 'Trains reached Kiev after curfew.');
    await add('Other news', 'Markets rose.');
    expect(await titles('sergey lavrov')).toEqual(['Talks in Geneva']);
    expect(await titles('person:Lavrov')).toEqual(['Talks in Geneva']);
    expect(await titles('place:kyiv')).toEqual(['Kiev by night']);
    expect(await titles('entity:"Sergei Lavrov" geneva')).toEqual(['Talks in Geneva']);
    expect(await titles('org:Lavrov')).toEqual([]);
    expect(await titles('person:Lav')).toEqual([]);
    const [match] = (await library['search/query']({ query: 'kyiv' })).articles[0]!.matches;
    expect(match).toMatchObject({ kind: 'entity', snippet: 'Kyiv' });
  });

  it('filters by tag, color, note, date and where the words are', async () => {
    const a = await add('Wheat prices', 'Wheat prices rose in spring.', 'published: 2024-03-05');
    const b = await add('Wheat harvest', 'The wheat harvest was late.', 'published: 2025-08-20');
    await library['tags/set']({ articleId: a.id, tags: ['Markets'] });
    await highlight(a.id, a.text, 'prices rose', 'pink', 'check the wheat futures');
    await highlight(b.id, b.text, 'harvest was late', 'green');
    expect(await titles('wheat tag:markets')).toEqual(['Wheat prices']);
    expect(await titles('tag:markets')).toEqual(['Wheat prices']);
    expect(await titles('wheat color:green')).toEqual(['Wheat harvest']);
    expect(await titles('wheat has:note')).toEqual(['Wheat prices']);
    expect(await titles('wheat before:2025')).toEqual(['Wheat prices']);
    expect(await titles('wheat after:2024-12')).toEqual(['Wheat harvest']);
    expect(await titles('harvest in:highlights')).toEqual(['Wheat harvest']);
    expect(await titles('wheat in:highlights')).toEqual([]);
    expect(await titles('futures in:notes')).toEqual(['Wheat prices']);
  });

  it.each([
    ['color:orange', /color: is one of yellow, green, blue, pink, purple, not "orange"/],
    ['has:tags', /has: takes "note"/],
    ['in:body', /in: is "highlights" or "notes"/],
    ['before:yesterday', /before: takes a date as YYYY, YYYY-MM or YYYY-MM-DD/],
  ])('refuses %s with a specific invalid-params error', async (query, message) => {
    expect(await library.dispatch('search/query', { query })).toEqual({
      error: { code: 'invalid-params', message: expect.stringMatching(message) },
    });
  });

  it('keeps the index on disk, reuses it after a restart, and rebuilds it when deleted or damaged', async () => {
    await add('Lighthouse keeper', 'The keeper trimmed the lamp every evening.');
    expect(await titles('lamp')).toEqual(['Lighthouse keeper']);
    await library.close();
    const file = path.join(dataDir, INDEX_FILE);
    const saved = (await stat(file)).mtimeMs;

    library = await open();
    expect(await titles('lamp')).toEqual(['Lighthouse keeper']);
    await library.close();
    expect((await stat(file)).mtimeMs).toBe(saved); // nothing changed, nothing rewritten

    await writeFile(file, 'not gzip at all');
    library = await open();
    expect(await titles('keeper evening')).toEqual(['Lighthouse keeper']);
    await library.close();
    await rm(file);
    library = await open();
    expect(await titles('trimmed')).toEqual(['Lighthouse keeper']);
  });

  it('indexes again after a restart what changed since the index was saved (as after a crash before the save)', async () => {
    const article = await add('Harbour log', 'Cranes unloaded the ship at dawn.');
    const made = await highlight(article.id, article.text, 'Cranes', 'yellow', 'first note');
    const other = await add('Lighthouse keeper', 'The keeper trimmed the lamp.');
    expect(await titles('first')).toEqual(['Harbour log']);
    await library.close();
    const file = path.join(dataDir, INDEX_FILE);
    const before = `${file}.before`;
    await copyFile(file, before);

    library = await open();
    await library['highlights/update']({ articleId: article.id, id: made.id, note: { markdown: 'tugboat' } });
    await library['tags/set']({ articleId: other.id, tags: ['lamproom'] });
    expect(await titles('tugboat')).toEqual(['Harbour log']);
    await library.close();
    await copyFile(before, file); // the save of those changes never happened

    library = await open();
    expect(await titles('tugboat')).toEqual(['Harbour log']);
    expect(await titles('first')).toEqual([]);
    expect(await titles('tag:lamproom')).toEqual(['Lighthouse keeper']);
  });

  it('tells every window how far a build of the index is, from the first batch to done', async () => {
    const count = 55; // more than one batch of 50: a build, not the catch-up after one write
    for (let n = 0; n < count; n++) {
      await library['import/file']({ name: `n${n}.md`, data: base64(`# Note ${n}\n\nLighthouse ${n}.\n`) });
    }
    const told: { indexed: number; total: number }[] = [];
    const stop = library.subscribe((event) => {
      if (event.name === 'search/indexing') told.push(event.payload);
    });
    expect((await library['search/query']({ query: 'lighthouse', limit: 100 })).articles).toHaveLength(count);
    stop();
    expect(told).toEqual([
      { indexed: 0, total: count },
      { indexed: 50, total: count },
      { indexed: count, total: count },
    ]);
  });

  it('answers from the part indexed so far while a large build runs, and says how far it is', async () => {
    const count = 260; // more new articles than a search waits for
    for (let n = 0; n < count; n++) {
      await library['import/file']({ name: `n${n}.md`, data: base64(`# Note ${n}\n\nLighthouse ${n}.\n`) });
    }
    const told: { indexed: number; total: number }[] = [];
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const stop = library.subscribe((event) => {
      if (event.name !== 'search/indexing') return;
      told.push(event.payload);
      if (event.payload.indexed === event.payload.total) done();
    });
    const early = await library['search/query']({ query: 'lighthouse', limit: 500 });
    expect(early.indexing).toEqual({ indexed: 0, total: count });
    expect(early.articles).toHaveLength(0);
    await finished;
    stop();
    expect(told.at(0)).toEqual({ indexed: 0, total: count });
    const later = await library['search/query']({ query: 'lighthouse', limit: 500 });
    expect(later.indexing).toBeUndefined();
    expect(later.articles).toHaveLength(count);
  });
});
