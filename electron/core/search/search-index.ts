import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { completions } from './completions';
import { loadEngine, snapshotEngine } from './engine-form';
import { fold } from './fold';
import type { ParsedQuery, SearchFilters } from './query-syntax';
import {
  BOOST,
  SEARCH_FIELDS,
  type DocumentFacts,
  type SearchDocument,
  type SearchField,
} from './search-document';

/** Bumped whenever tokenizing or fields change: an index of another version is rebuilt. */
export const INDEX_VERSION = 1;

/** A ranked article: the index terms that matched (after prefix and typo expansion), by field. */
export interface IndexHit {
  id: string;
  score: number;
  /** Matched index terms (folded) and the fields each matched in. */
  terms: Record<string, SearchField[]>;
}

/**
 * The index as saved at one moment, as JSON text (a SavedIndex) in pieces, so the worker can
 * answer searches between them: `head`, then `next()` until it gives null, then `tail()`.
 */
export interface IndexSnapshot {
  readonly head: string;
  /** The next `terms` terms' text, null once all are given. */
  next(terms: number): string | null;
  /** The end, with the stamps; an article changed since the snapshot was taken gets stamp ''. */
  tail(): string;
  /** Stop following changes (after `tail()`, or when the write failed). */
  release(): void;
}

/** The index as saved: the engine's own form plus what filters and staleness checks need. */
export interface SavedIndex {
  version: number;
  /** The key of the library rules the entities were indexed under (library/search-rules.ts). */
  rules?: string;
  stamps: Record<string, string>;
  facts: Record<string, DocumentFacts>;
  engine: unknown;
}

const tokenize = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u);
const OPTIONS = {
  fields: [...SEARCH_FIELDS],
  tokenize,
  // Already folded; empty pieces (text starting with punctuation) are no terms.
  processTerm: (term: string) => term || null,
  searchOptions: { boost: BOOST, maxFuzzy: 2 },
};

/** MiniSearch's weight for a prefix match (its `weights.prefix` default, 0.375, fading with length). */
const prefixWeight = (typed: string, term: string) =>
  (0.375 * term.length) / (term.length + 0.3 * (term.length - typed.length));

/** Typo tolerance for longer words only: one edit from 5 letters, two from 10. */
const fuzzy = (term: string) => (term.length >= 10 ? 2 : term.length >= 5 ? 1 : false);

/**
 * The library's full-text index (MiniSearch: BM25+ ranking, prefix and fuzzy search, chosen by
 * `npm run bench search`), with each article's filter facts and a stamp that says which
 * version of the article's files it was built from.
 */
export class SearchIndex {
  #engine: MiniSearch<SearchDocument>;
  readonly #stamps: Map<string, string>;
  readonly #facts: Map<string, DocumentFacts>;
  /** The rules key it was saved with ('' for none, or a new index). */
  readonly rules: string;
  /** For each snapshot being written, the articles changed since it was taken. */
  readonly #changedSince = new Set<Set<string>>();

  constructor(saved?: SavedIndex) {
    const usable = saved?.version === INDEX_VERSION;
    this.rules = usable ? (saved.rules ?? '') : '';
    this.#engine = usable
      ? loadEngine<SearchDocument>(saved.engine, OPTIONS)
      : new MiniSearch<SearchDocument>(OPTIONS);
    this.#stamps = new Map(usable ? Object.entries(saved.stamps) : []);
    this.#facts = new Map(usable ? Object.entries(saved.facts) : []);
  }

  get size(): number {
    return this.#stamps.size;
  }

  stamps(): Record<string, string> {
    return Object.fromEntries(this.#stamps);
  }

  put(document: SearchDocument, facts: DocumentFacts, stamp: string): void {
    if (this.#engine.has(document.id)) this.#engine.discard(document.id);
    this.#engine.add(document);
    this.#stamps.set(document.id, stamp);
    this.#facts.set(document.id, facts);
    for (const changed of this.#changedSince) changed.add(document.id);
  }

  remove(id: string): void {
    if (this.#engine.has(id)) this.#engine.discard(id);
    this.#stamps.delete(id);
    this.#facts.delete(id);
    for (const changed of this.#changedSince) changed.add(id);
  }

  /** Every article that has all words and phrase words and passes the filters, best first. */
  search(query: ParsedQuery): IndexHit[] {
    const { words, phrases, filters } = query;
    const pass = (id: string) => passes(this.#facts.get(id), filters);
    const queries: Query[] = [];
    // Prefix for the last word only (the one being typed), by its completions within a postings
    // budget (completions.ts); typos for long words.
    if (words.length) {
      const last = words.at(-1)!;
      const typed: Query = {
        combineWith: 'OR',
        queries: [
          { queries: [last], fuzzy },
          // Weighed as MiniSearch weighs its own prefix matches: less the more letters are added.
          ...completions(this.#engine as MiniSearch<never>, last).map((term): Query => ({
            queries: [term],
            fuzzy: false,
            boostTerm: () => prefixWeight(last, term),
          })),
        ],
      };
      queries.push({ queries: [...words.slice(0, -1), typed], combineWith: 'AND', fuzzy });
    }
    const phraseWords = phrases.flatMap((phrase) => phrase.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    if (phraseWords.length) queries.push({ queries: phraseWords, combineWith: 'AND' });
    if (queries.length === 0) return this.#filtered(pass);
    const fields =
      filters.within === 'highlights' ? ['highlights'] : filters.within === 'notes' ? ['notes'] : undefined;
    const results = this.#engine.search(
      { queries, combineWith: 'AND' },
      { filter: (result: SearchResult) => pass(String(result.id)), ...(fields ? { fields } : {}) },
    );
    return results.map((result) => ({
      id: String(result.id),
      score: result.score,
      terms: result.match as Record<string, SearchField[]>,
    }));
  }

  /** Filters alone: newest published (then added) first. */
  #filtered(pass: (id: string) => boolean): IndexHit[] {
    const hits: { id: string; date: string }[] = [];
    for (const [id, facts] of this.#facts) {
      if (pass(id)) hits.push({ id, date: facts.publishedAt ?? facts.addedAt });
    }
    hits.sort((a, b) => b.date.localeCompare(a.date));
    return hits.map(({ id }) => ({ id, score: 0, terms: {} }));
  }

  /** The articles whose index holds every word of one of `names` (as words, not prefixes). */
  mentioning(names: string[]): string[] {
    const found = new Set<string>();
    for (const name of names) {
      const terms = tokenize(name).filter(Boolean);
      if (terms.length === 0) continue;
      for (const result of this.#engine.search({ queries: terms, combineWith: 'AND' }))
        found.add(String(result.id));
    }
    return [...found];
  }

  /**
   * The index as it is now, to be written in pieces while it keeps changing. An article put or
   * removed meanwhile is saved with stamp '' (its saved document may be part old, part
   * cleaned away): at the next start it is indexed again, or dropped if it is gone.
   */
  snapshot(rules = this.rules): IndexSnapshot {
    const stamps = new Map(this.#stamps);
    const facts = JSON.stringify(Object.fromEntries(this.#facts));
    const engine = snapshotEngine(this.#engine);
    const changed = new Set<string>();
    this.#changedSince.add(changed);
    return {
      head: `{"version":${INDEX_VERSION},"rules":${JSON.stringify(rules)},"facts":${facts},"engine":${engine.head}`,
      next: (terms) => engine.next(terms),
      release: () => this.#changedSince.delete(changed),
      tail: () => {
        for (const id of changed) if (stamps.has(id)) stamps.set(id, '');
        return `${engine.tail},"stamps":${JSON.stringify(Object.fromEntries(stamps))}}`;
      },
    };
  }
}

/** Whether an article's facts pass every filter of the query. */
export function passes(facts: DocumentFacts | undefined, filters: SearchFilters): boolean {
  if (!facts) return false;
  const { tags, entities, sites, colors, hasNote, before, after, within } = filters;
  if (tags.some((tag) => !facts.tags.includes(tag))) return false;
  if (sites.some((site) => !facts.site.includes(site))) return false;
  if (colors.some((color) => !facts.colors.includes(color))) return false;
  if (hasNote && !facts.hasNote) return false;
  if (within === 'highlights' && facts.colors.length === 0) return false;
  const published = facts.publishedAt;
  if (before !== null && (published === null || published.slice(0, before.length) >= before)) return false;
  if (after !== null && (published === null || published.slice(0, after.length) <= after)) return false;
  return entities.every(({ type, name }) =>
    facts.entities.some(
      (entity) =>
        (type === null || entity.type === type) && entity.names.some((known) => hasWords(known, name)),
    ),
  );
}

/** "sergei lavrov" has "lavrov" and "sergei lavrov", not "lav". */
function hasWords(name: string, wanted: string): boolean {
  const at = name.indexOf(wanted);
  if (at === -1) return false;
  const edge = (index: number) =>
    index < 0 || index >= name.length || !/[\p{L}\p{N}]/u.test(name.charAt(index));
  return edge(at - 1) && edge(at + wanted.length);
}
