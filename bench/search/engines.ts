/**
 * The three candidate engines behind one small interface, each configured for what Gloss
 * needs: the same fields, title and highlights boosted, prefix matching, typo tolerance for
 * words of 5 letters or more (as far as the engine offers it), all query words required.
 */
import { create, insertMultiple, remove, insert, search as oramaSearch, type AnyOrama } from '@orama/orama';
import { save } from '@orama/orama';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';

/** One article as the engines index it: every searchable text of the article in fields. */
export interface EngineDoc {
  id: string;
  title: string;
  byline: string;
  site: string;
  body: string;
  highlights: string;
  notes: string;
  tags: string;
  entities: string;
}

export const FIELDS = ['title', 'byline', 'site', 'body', 'highlights', 'notes', 'tags', 'entities'] as const;
const BOOST = { title: 3, highlights: 2, entities: 1.5, tags: 1.5 };

export interface Engine {
  name: string;
  add(docs: EngineDoc[]): void;
  /** Up to `limit` article ids, best first. */
  search(query: string, limit: number): string[];
  replace(doc: EngineDoc): void;
  /** The index as it would be written to disk. */
  serialize(): string;
}

export function miniSearch(): Engine {
  const index = new MiniSearch<EngineDoc>({
    fields: [...FIELDS],
    searchOptions: {
      boost: BOOST,
      prefix: true,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  return {
    name: 'MiniSearch 7',
    add: (docs) => index.addAll(docs),
    search: (query, limit) =>
      index
        .search(query)
        .slice(0, limit)
        .map((result) => String(result.id)),
    replace: (doc) => index.replace(doc),
    serialize: () => JSON.stringify(index),
  };
}

export function flexSearch(): Engine {
  // "forward" is FlexSearch's prefix tokenizer; LatinBalance folds case, accents and some spelling.
  const index = new FlexSearch.Document({
    document: { id: 'id', index: [...FIELDS] },
    tokenize: 'forward',
    encoder: 'LatinBalance',
    resolution: 9,
  } as never);
  return {
    name: 'FlexSearch 0.8',
    add: (docs) => {
      for (const doc of docs) index.add(doc as never);
    },
    search: (query, limit) => {
      // Per-field results, merged: an id's rank is its best field's, boosted fields first.
      const results = index.search(query, { limit, suggest: true, merge: true } as never) as unknown as {
        id: string;
      }[];
      return results.slice(0, limit).map((result) => String(result.id));
    },
    replace: (doc) => {
      index.update(doc as never);
    },
    serialize: () => {
      const parts: string[] = [];
      void index.export((key: string, data: string) => {
        parts.push(key, data ?? '');
      });
      return parts.join('\n');
    },
  };
}

export function orama(): Engine {
  const schema = Object.fromEntries(FIELDS.map((field) => [field, 'string'])) as Record<
    (typeof FIELDS)[number],
    'string'
  >;
  const db: AnyOrama = create({ schema: { ...schema, key: 'string' } });
  const internal = new Map<string, string>();
  const put = (doc: EngineDoc) => {
    const id = insert(db, { ...doc, key: doc.id }) as string;
    internal.set(doc.id, id);
  };
  return {
    name: 'Orama 3',
    add: (docs) => {
      const ids = insertMultiple(
        db,
        docs.map((doc) => ({ ...doc, key: doc.id })),
        1000,
      ) as string[];
      docs.forEach((doc, i) => internal.set(doc.id, ids[i]!));
    },
    search: (query, limit) => {
      const results = oramaSearch(db, {
        term: query,
        properties: [...FIELDS],
        boost: BOOST,
        tolerance: 1,
        limit,
        threshold: 0,
      }) as unknown as { hits: { document: { key: string } }[] };
      return results.hits.map((hit) => hit.document.key);
    },
    replace: (doc) => {
      void remove(db, internal.get(doc.id)!);
      put(doc);
    },
    serialize: () => JSON.stringify(save(db)),
  };
}

export const ENGINES: Record<string, () => Engine> = {
  minisearch: miniSearch,
  flexsearch: flexSearch,
  orama,
};
