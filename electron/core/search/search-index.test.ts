import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { completions } from './completions';
import { parseQuery } from './query-syntax';
import { searchDocument } from './search-document';
import { searchEntry } from './search-entry.test-support';
import { SearchIndex, type SavedIndex } from './search-index';

/** The index as its file holds it (unzipped). */
function saved(index: SearchIndex): SavedIndex {
  const snapshot = index.snapshot();
  let text = snapshot.head;
  for (let piece = snapshot.next(100); piece !== null; piece = snapshot.next(100)) text += piece;
  text += snapshot.tail();
  snapshot.release();
  return JSON.parse(text) as SavedIndex;
}

const noNotes = { note: { markdown: '' }, highlights: [] };

describe('parseQuery', () => {
  it.each([
    ['kyiv talks', { words: ['kyiv', 'talks'] }],
    ['"Sergei  Lavrov" visit', { words: ['visit'], phrases: ['sergei lavrov'] }],
    ['person:"Sergei Lavrov"', { entities: [{ type: 'person', name: 'sergei lavrov' }] }],
    [
      'org:NATO place:Kyiv entity:Zelensky',
      {
        entities: [
          { type: 'organization', name: 'nato' },
          { type: 'place', name: 'kyiv' },
          { type: null, name: 'zelensky' },
        ],
      },
    ],
    [
      'tag:Middle-East color:PINK has:note in:notes',
      {
        tags: ['middle-east'],
        colors: ['pink'],
        hasNote: true,
        within: 'notes',
      },
    ],
    ['before:2024-05 after:2023', { before: '2024-05', after: '2023' }],
    ['site:BBC.co.uk', { sites: ['bbc.co.uk'] }],
    ['http://x.org note:this', { words: ['http', 'x', 'org', 'note', 'this'] }],
    ['Ça-va Über', { words: ['ca', 'va', 'uber'] }],
  ])('reads %j', (query, expected) => {
    const { words, phrases, filters } = parseQuery(query);
    const flat = { words, phrases, ...filters };
    expect(flat).toMatchObject({ words: [], phrases: [], ...expected });
  });
});

describe('SearchIndex', () => {
  const index = new SearchIndex();
  const put = (id: string, title: string, body: string, more = {}) => {
    const { document, facts } = searchDocument(searchEntry(id, title, more), body, noNotes, []);
    index.put(document, facts, 'stamp');
  };
  put('a', 'Port report', 'Ships waited outside the port.', {
    siteName: 'BBC News',
    url: 'https://www.bbc.co.uk/news/1',
  });
  put('b', 'Ships', 'A port strike.', { publishedAt: '2024-02-01' });
  const ids = (query: string) => index.search(parseQuery(query)).hits.map((hit) => hit.id);

  it('weighs title matches over body matches', () => {
    expect(ids('ships')).toEqual(['b', 'a']);
    expect(ids('port')).toEqual(['a', 'b']);
  });

  it('filters by site name and host, and by published date (articles without one never pass a date filter)', () => {
    expect(ids('port site:bbc')).toEqual(['a']);
    expect(ids('site:bbc.co.uk')).toEqual(['a']);
    expect(ids('port before:2025')).toEqual(['b']);
    expect(ids('port after:2024-02-01')).toEqual([]);
  });

  it('replaces an article in place and forgets a removed one; a saved index loads equal', () => {
    put('b', 'Dockers', 'A port strike ended.');
    expect(ids('ships')).toEqual(['a']);
    const copy = new SearchIndex(saved(index));
    expect(copy.search(parseQuery('dockers')).hits).toHaveLength(1);
    index.remove('a');
    expect(ids('port')).toEqual(['b']);
    expect(new SearchIndex({ ...saved(index), version: -1 }).size).toBe(0);
  });
});

describe('an article as a body and a notes document', () => {
  const notesWith = (note: string, quote = 'Ships waited') => ({
    note: { markdown: note },
    highlights: [
      {
        id: 'h1',
        color: 'yellow' as const,
        selector: { quote: { exact: quote }, position: { start: 0 } },
        note: { markdown: '' },
        tags: ['shipping'],
      },
    ],
  });
  const put = (index: SearchIndex, id: string, note: string, body = 'Ships waited outside the port.') => {
    const { document, facts } = searchDocument(searchEntry(id, 'Port report'), body, notesWith(note), []);
    index.put(document, facts, `stamp-${note}`);
  };
  const ids = (index: SearchIndex, query: string) =>
    index.search(parseQuery(query)).hits.map((hit) => hit.id);
  /** The engine's number of each of an article's documents, as the saved index holds them. */
  const numbers = (index: SearchIndex) => {
    const { documentIds } = saved(index).engine as { documentIds: Record<string, string> };
    return Object.fromEntries(Object.entries(documentIds).map(([number, id]) => [id, number]));
  };

  it('needs every word in the article, wherever it is: body, note, quote or tag', () => {
    const index = new SearchIndex();
    put(index, 'a', 'Dockers on strike');
    put(index, 'b', 'Nothing here');
    expect(ids(index, 'outside dockers')).toEqual(['a']);
    expect(ids(index, 'dockers shipping')).toEqual(['a']);
    expect(ids(index, 'port nothing')).toEqual(['b']);
    expect(ids(index, 'dockers nothing')).toEqual([]);
    const hit = index.search(parseQuery('outside dockers')).hits[0]!;
    expect(hit.terms).toEqual({ outside: ['body'], dockers: ['notes'] });
  });

  it('re-indexes only the notes document after a note edit, also in an index read back from its file', () => {
    const index = new SearchIndex();
    put(index, 'a', 'Dockers on strike');
    const before = numbers(index);
    put(index, 'a', 'Cranes idle');
    const after = numbers(index);
    expect(after['a']).toBe(before['a']);
    expect(after['a#notes']).not.toBe(before['a#notes']);
    expect(ids(index, 'dockers')).toEqual([]);
    expect(ids(index, 'cranes outside')).toEqual(['a']);

    const copy = new SearchIndex(saved(index));
    put(copy, 'a', 'Tugboats');
    expect(numbers(copy)['a']).toBe(after['a']);
    expect(ids(copy, 'tugboats port')).toEqual(['a']);
    // A new text is indexed again, and the old one is gone.
    put(copy, 'a', 'Tugboats', 'A quiet harbour.');
    expect(numbers(copy)['a']).not.toBe(after['a']);
    expect(ids(copy, 'outside')).toEqual([]);
    expect(ids(copy, 'quiet tugboats')).toEqual(['a']);
  });

  it('gives the best few in the order of the whole ranking, and counts every match', () => {
    const index = new SearchIndex();
    for (let n = 0; n < 30; n++) {
      const body = `${'harbour '.repeat(1 + (n % 7))}and ${'filler '.repeat(n % 5)}words`;
      const { document, facts } = searchDocument(searchEntry(`a${n}`, `Story ${n}`), body, noNotes, []);
      index.put(document, facts, 'stamp');
    }
    const all = index.search(parseQuery('harbour'));
    expect(all.total).toBe(30);
    expect(all.hits).toHaveLength(30);
    const scores = all.hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const few = index.search(parseQuery('harbour'), 5);
    expect(few.total).toBe(30);
    expect(few.hits.map((hit) => hit.id)).toEqual(all.hits.slice(0, 5).map((hit) => hit.id));
  });
});

describe('completions of the word being typed', () => {
  it('finds every completion of a prefix, and keeps only the shortest once their postings pass the budget', () => {
    const index = new SearchIndex();
    const words = ['kalo', 'kalomi', 'kalomiren', 'kalosto', 'kalostovader'];
    words.forEach((word, i) => {
      const { document, facts } = searchDocument(
        searchEntry(`a${i}`, `Story ${i}`),
        `A ${word} here.`,
        noNotes,
        [],
      );
      index.put(document, facts, 'stamp');
    });
    const found = (query: string) =>
      index.search(parseQuery(query)).hits.map((hit) => Object.keys(hit.terms));
    expect(found('kal').flat().sort()).toEqual([...words].sort());
    // The exact word ranks first; its completions follow.
    expect(found('kalo')[0]).toEqual(['kalo']);
    const engine = new MiniSearch<never>({ fields: ['body'] });
    engine.addAll(words.map((word, id) => ({ id, body: word }) as never));
    // Shortest first; the budget counts postings, and the first completion is always kept.
    expect(completions(engine, 'kal', 2)).toEqual(['kalo', 'kalomi']);
    expect(completions(engine, 'kalo', 1)).toEqual(['kalomi']);
    expect(completions(engine, 'kalo', 10)).toEqual(['kalomi', 'kalosto', 'kalomiren', 'kalostovader']);
    expect(completions(engine, 'zz')).toEqual([]);
  });
});
