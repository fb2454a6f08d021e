import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchMatch, SearchResults } from '../../contract/model';
import type { EntityDetector } from '../entities';
import { createLibrary, type Library } from '../library';

const noEntities: EntityDetector = {
  detect: () => Promise.resolve({ mentions: [], entities: [] }),
  close: () => Promise.resolve(),
};
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const marked = (match: SearchMatch) => match.snippet.slice(match.start, match.end);
const summary = (results: SearchResults) =>
  results.articles.map((article) => [
    article.title,
    article.matches.map((match) => `${match.kind}:${marked(match)}`),
  ]);

describe('library search', () => {
  let dataDir: string;
  let seedsDir: string;
  let library: Library;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-search-'));
    seedsDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-search-seeds-'));
    library = await createLibrary({ dataDir, seedsDir, detector: noEntities, backfill: false });
  });
  afterEach(async () => {
    await library.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(seedsDir, { recursive: true, force: true });
  });

  /** Import an article; each a little later than the last, so "newest first" is well defined. */
  const add = async (title: string, body: string) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const { id } = await library['import/file']({
      name: `${title}.md`,
      data: base64(`# ${title}\n\n${body}\n`),
    });
    return library['articles/get']({ id });
  };
  const highlight = async (
    articleId: string,
    text: string,
    quote: string,
    note = '',
    tags: string[] = [],
  ) => {
    const start = text.indexOf(quote);
    const created = await library['highlights/create']({ articleId, start, end: start + quote.length });
    return library['highlights/update']({ articleId, id: created.id, note: { markdown: note }, tags });
  };
  const search = (query: string, limit?: number) =>
    library['search/query']({ query, ...(limit ? { limit } : {}) });

  it('finds a word of a highlight note regardless of case and accents, as plain text, with the highlight', async () => {
    const article = await add('Summit in Geneva', 'The delegations met for three hours on Tuesday.');
    const made = await highlight(
      article.id,
      article.text,
      'three hours',
      'Talks at the **Café** du Rhône, see [notes](https://x.org)',
    );

    const results = await search('CAFE DU RHONE');
    expect(results.articles).toHaveLength(1);
    const [match] = results.articles[0]!.matches;
    expect(match).toEqual({
      kind: 'highlight-note',
      highlightId: made.id,
      color: 'yellow',
      snippet: 'Talks at the Café du Rhône, see notes',
      start: 13,
      end: 26,
    });
    expect(marked(match!)).toBe('Café du Rhône');
    expect((await search('hours')).articles[0]!.matches.map((m) => [m.kind, marked(m)])).toEqual([
      ['highlight', 'hours'],
    ]);
  });

  it('says plainly when nothing matches, and finds a body word with where it is in the text', async () => {
    const article = await add('Budget vote', 'Parliament passed the budget after a long night.');
    expect(await search('referendum')).toEqual({ query: 'referendum', articles: [], truncated: false });
    const [match] = (await search('budget after')).articles[0]!.matches.filter((m) => m.kind === 'body');
    expect(marked(match!)).toBe('budget after');
    expect(article.text.slice(match!.at, match!.at! + 'budget after'.length)).toBe('budget after');
  });

  it('ranks title and highlight matches higher; within an article title, tags, notes, highlights, then the text', async () => {
    const older = await add('Grain exports resume', 'Ships left Odesa with grain on Monday.');
    const newer = await add('Port strike', 'Dock workers stopped loading grain in Rotterdam.');
    await library['tags/set']({ articleId: older.id, tags: ['Grain deal'] });
    await library['notes/save']({ articleId: older.id, note: { markdown: 'Compare grain prices later.' } });
    await highlight(older.id, older.text, 'Ships left Odesa with grain', '', ['wheat']);
    await highlight(newer.id, newer.text, 'loading grain', 'grain again');

    expect(summary(await search('grain'))).toEqual([
      ['Grain exports resume', ['title:Grain', 'tag:Grain', 'article-note:grain', 'highlight:grain']],
      ['Port strike', ['highlight:grain', 'highlight-note:grain']],
    ]);
    const limited = await search('grain', 1);
    expect(limited.articles.map((article) => article.title)).toEqual(['Grain exports resume']);
    expect(limited.truncated).toBe(true);
    expect(summary(await search('wheat'))).toEqual([['Grain exports resume', ['tag:wheat']]]);
  });

  it('with a tag, searches only articles carrying it on themselves or a highlight, ignoring case', async () => {
    const tagged = await add('Ceasefire talks', 'Envoys met in Doha about the ceasefire.');
    const onHighlight = await add('Aid convoy', 'The convoy reached Rafah with ceasefire supplies.');
    const untagged = await add('Harvest report', 'Farmers expect a ceasefire dividend.');
    await library['tags/set']({ articleId: tagged.id, tags: ['Middle East'] });
    await highlight(onHighlight.id, onHighlight.text, 'The convoy reached Rafah', '', ['middle east']);
    await library['notes/save']({ articleId: tagged.id, note: { markdown: 'ceasefire terms' } });
    await highlight(onHighlight.id, onHighlight.text, 'ceasefire supplies', 'ceasefire aid');
    await highlight(untagged.id, untagged.text, 'ceasefire dividend', 'ceasefire hopes');

    const titles = async (tag?: string) =>
      (await library['search/query']({ query: 'ceasefire', ...(tag ? { tag } : {}) })).articles.map(
        (article) => article.title,
      );
    expect(await titles()).toEqual(['Ceasefire talks', 'Harvest report', 'Aid convoy']);
    expect(await titles('MIDDLE EAST')).toEqual(['Ceasefire talks', 'Aid convoy']);
    expect(await titles('  middle east ')).toEqual(['Ceasefire talks', 'Aid convoy']);
    expect(await titles('sports')).toEqual([]);
    // Through dispatch, as the app calls it.
    expect(await library.dispatch('search/query', { query: 'hopes', tag: 'Middle East' })).toEqual({
      result: { query: 'hopes', articles: [], truncated: false },
    });
  });

  it('keeps up with note, highlight, tag and article changes after the first search', async () => {
    const article = await add('Election night', 'Turnout was higher than in any year since 1990.');
    const made = await highlight(article.id, article.text, 'Turnout was higher', 'ask the pollsters');
    expect(summary(await search('pollsters'))).toHaveLength(1);

    await library['highlights/update']({
      articleId: article.id,
      id: made.id,
      note: { markdown: 'call the canvassers' },
    });
    expect(summary(await search('pollsters'))).toEqual([]);
    expect(summary(await search('canvassers'))).toEqual([['Election night', ['highlight-note:canvassers']]]);

    await library['tags/set']({ articleId: article.id, highlightId: made.id, tags: ['turnout-watch'] });
    expect(summary(await search('watch'))).toEqual([['Election night', ['tag:watch']]]);

    const removed = await library['highlights/delete']({ articleId: article.id, id: made.id });
    expect(summary(await search('canvassers'))).toEqual([]);
    await library['highlights/restore']({ highlight: removed });
    expect(summary(await search('canvassers'))).toHaveLength(1);

    await library['articles/delete']({ id: article.id });
    expect(summary(await search('canvassers'))).toEqual([]);
  });

  it('still answers when a notes file is damaged, reading it as repaired', async () => {
    const damaged = await add('Damaged notes', 'Harbour fees rose again.');
    const intact = await add('Intact notes', 'Harbour fees fell.');
    await highlight(damaged.id, damaged.text, 'Harbour fees', 'albatross');
    await highlight(intact.id, intact.text, 'Harbour fees', 'albatross');
    await library.close();
    await writeFile(
      path.join(dataDir, 'articles', damaged.id, 'notes.json'),
      '{"schemaVersion": 2, "notes": {',
    );
    library = await createLibrary({ dataDir, seedsDir, detector: noEntities, backfill: false });

    // Repaired from its previous snapshot and the changes logged after it: the note is back too.
    expect(summary(await search('albatross')).sort()).toEqual([
      ['Damaged notes', ['highlight-note:albatross']],
      ['Intact notes', ['highlight-note:albatross']],
    ]);
    expect(summary(await search('harbour fees')).map(([title]) => title)).toEqual([
      'Intact notes',
      'Damaged notes',
    ]);
  });

  it('cuts a long note around the match, marking the matched range', async () => {
    const article = await add('Long read', 'A short body for a long note.');
    const filler = 'word '.repeat(60);
    await library['notes/save']({
      articleId: article.id,
      note: { markdown: `${filler}the needle sits here\n\n${filler}` },
    });
    const [match] = (await search('needle')).articles[0]!.matches;
    expect(marked(match!)).toBe('needle');
    expect(match!.snippet.startsWith('…')).toBe(true);
    expect(match!.snippet.endsWith('…')).toBe(true);
    expect(match!.snippet.length).toBeLessThan(200);
  });
});

describe('search/query params', () => {
  let dataDir: string;
  let library: Library;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-search-rpc-'));
    library = await createLibrary({ dataDir, seed: false, detector: noEntities, backfill: false });
  });
  afterEach(async () => {
    await library.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['an empty query', { query: '' }, /"query": type something to search for/],
    ['a query of spaces', { query: '   ' }, /"query": type something to search for/],
    ['a long query', { query: 'x'.repeat(201) }, /"query": a search can be at most 200 characters/],
    ['a number', { query: 42 }, /"query"/],
    ['no query', {}, /"query"/],
    ['a zero limit', { query: 'a', limit: 0 }, /"limit"/],
    ['a fractional limit', { query: 'a', limit: 2.5 }, /"limit"/],
    ['an unknown field', { query: 'a', html: true }, /html/],
    ['an empty tag', { query: 'a', tag: '  ' }, /"tag": a tag cannot be empty/],
    [
      'a tag with a comma',
      { query: 'a', tag: 'a,b' },
      /"tag": a tag cannot contain line breaks, tabs, commas/,
    ],
    ['a tag that is not a string', { query: 'a', tag: ['x'] }, /"tag"/],
  ])('refuses %s with invalid-params', async (_what, params, message) => {
    const answer = await library.dispatch('search/query', params);
    expect(answer).toEqual({ error: { code: 'invalid-params', message: expect.stringMatching(message) } });
  });

  it('trims the query it accepts', async () => {
    expect(await library.dispatch('search/query', { query: '  nothing here  ' })).toEqual({
      result: { query: 'nothing here', articles: [], truncated: false },
    });
  });
});
