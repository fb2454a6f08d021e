import { createHash } from 'node:crypto';
import MiniSearch from 'minisearch';
import { completions } from './completions';
import { loadEngine, snapshotEngine } from './engine-form';
import { fold } from './fold';
import type { ParsedQuery, SearchFilters } from './query-syntax';
import { matchedTerms, rank, type Expansion } from './rank';
import {
  BOOST,
  NOTES_FIELDS,
  SEARCH_FIELDS,
  type DocumentFacts,
  type SearchDocument,
  type SearchField,
} from './search-document';

/** Bumped whenever tokenizing or fields change: an index of another version is rebuilt. */
export const INDEX_VERSION = 2;

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
  /** Per article, the keys of its body and notes documents as indexed (an unchanged one is not re-indexed). */
  keys?: Record<string, [string, string]>;
  engine: unknown;
}

/** One of an article's index documents: its body (title, text, names…) or its notes. */
type EngineDocument = Partial<SearchDocument> & { id: string };

const tokenize = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u);
const OPTIONS = {
  fields: [...SEARCH_FIELDS],
  tokenize,
  // Already folded; empty pieces (text starting with punctuation) are no terms.
  processTerm: (term: string) => term || null,
};

/** The engine document id of an article's notes (article ids are letters, digits, "-" and "_"). */
const notesId = (id: string) => `${id}#notes`;
const articleOf = (documentId: string) => documentId.replace(/#notes$/, '');

/** MiniSearch's weights for a prefix and a typo match (its `weights` defaults), fading with length. */
const prefixWeight = (typed: string, term: string) =>
  (0.375 * term.length) / (term.length + 0.3 * (term.length - typed.length));
const typoWeight = (term: string, distance: number) => (0.45 * term.length) / (term.length + distance);

/** Typo tolerance for longer words only: one edit from 5 letters, two from 10. */
const typos = (term: string) => (term.length >= 10 ? 2 : term.length >= 5 ? 1 : 0);

/** Query words' expansions kept (as the next word is typed, the earlier ones are asked again). */
const EXPANSIONS_KEPT = 64;

/** What of MiniSearch's state the index reads beyond its API (engine-form.test.ts pins it). */
interface EngineIds {
  _idToShortId: Map<string, number>;
  _documentIds: Map<number, string>;
  _index: { fuzzyGet(term: string, distance: number): Map<string, [unknown, number]> };
}

/** A short digest of a document, to tell whether it changed. */
const keyOf = (document: EngineDocument) =>
  createHash('sha1').update(JSON.stringify(document)).digest('base64').slice(0, 16);

/** An article's document split in two: what an edit of notes, highlights or tags leaves alone, and that. */
function split(document: SearchDocument): [EngineDocument, EngineDocument] {
  const body: EngineDocument = { ...document };
  const notes: EngineDocument = { id: notesId(document.id) };
  for (const field of NOTES_FIELDS) {
    notes[field] = document[field];
    delete body[field];
  }
  return [body, notes];
}

/**
 * The library's full-text index (MiniSearch's postings, prefix and typo lookups, ranked with
 * BM25+ by rank.ts; chosen by `npm run bench search`), with each article's filter facts and a
 * stamp that says which version of the article's files it was built from. Each article is two
 * engine documents, its body and its notes, re-indexed only when their own text changed.
 */
export class SearchIndex {
  #engine: MiniSearch<EngineDocument>;
  readonly #stamps: Map<string, string>;
  readonly #facts: Map<string, DocumentFacts>;
  readonly #keys: Map<string, [string, string]>;
  /** The rules key it was saved with ('' for none, or a new index). */
  readonly rules: string;
  /** For each snapshot being written, the articles changed since it was taken. */
  readonly #changedSince = new Set<Set<string>>();
  /** Articles by slot (rank.ts adds scores by slot), and each engine document's slot (-1 once discarded). */
  readonly #slots = new Map<string, number>();
  readonly #ids: (string | undefined)[] = [];
  #slotOf = new Int32Array(1024).fill(-1);
  readonly #expansions = new Map<string, Expansion[]>();

  constructor(saved?: SavedIndex) {
    const usable = saved?.version === INDEX_VERSION;
    this.rules = usable ? (saved.rules ?? '') : '';
    this.#engine = usable
      ? loadEngine<EngineDocument>(saved.engine, OPTIONS)
      : new MiniSearch<EngineDocument>(OPTIONS);
    this.#stamps = new Map(usable ? Object.entries(saved.stamps) : []);
    this.#facts = new Map(usable ? Object.entries(saved.facts) : []);
    this.#keys = new Map(usable ? Object.entries(saved.keys ?? {}) : []);
    for (const [document, id] of this.#state._documentIds) this.#place(document, this.#slot(articleOf(id)));
  }

  get size(): number {
    return this.#stamps.size;
  }

  stamps(): Record<string, string> {
    return Object.fromEntries(this.#stamps);
  }

  put(document: SearchDocument, facts: DocumentFacts, stamp: string): void {
    const { id } = document;
    const [body, notes] = split(document);
    const keys: [string, string] = [keyOf(body), keyOf(notes)];
    const before = this.#keys.get(id);
    const slot = this.#slot(id);
    if (before?.[0] !== keys[0] || !this.#engine.has(id)) this.#replace(body, slot);
    if (before?.[1] !== keys[1] || !this.#engine.has(notes.id)) this.#replace(notes, slot);
    this.#keys.set(id, keys);
    this.#stamps.set(id, stamp);
    this.#facts.set(id, facts);
    this.#changed(id);
  }

  remove(id: string): void {
    for (const documentId of [id, notesId(id)]) this.#discard(documentId);
    const slot = this.#slots.get(id);
    if (slot !== undefined) this.#ids[slot] = undefined;
    this.#slots.delete(id);
    this.#keys.delete(id);
    this.#stamps.delete(id);
    this.#facts.delete(id);
    this.#changed(id);
  }

  /**
   * The first `take` articles that have all words and phrase words and pass the filters, best
   * first, and how many there are.
   */
  search(query: ParsedQuery, take = Infinity): { hits: IndexHit[]; total: number } {
    const { words, phrases, filters } = query;
    const pass = (id: string | undefined) => id !== undefined && passes(this.#facts.get(id), filters);
    const phraseWords = phrases.flatMap((phrase) => phrase.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    if (words.length + phraseWords.length === 0) {
      const all = this.#filtered(pass);
      return { hits: all.slice(0, take), total: all.length };
    }
    // Prefix for the last word only (the one being typed), by its completions within a postings
    // budget (completions.ts); typos for long words; phrase words as they are (whole phrases are
    // checked against the text afterwards).
    const expanded = [
      ...words.map((word, n) => this.#expand(word, n === words.length - 1)),
      ...phraseWords.map((term) => [{ term, weight: 1 }]),
    ];
    const fields: SearchField[] =
      filters.within === 'highlights'
        ? ['highlights']
        : filters.within === 'notes'
          ? ['notes']
          : [...SEARCH_FIELDS];
    return this.#rank(expanded, fields, (slot) => pass(this.#ids[slot]), take);
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
      const words = terms.map((term) => [{ term, weight: 1 }]);
      for (const hit of this.#rank(words, [...SEARCH_FIELDS], () => true, Infinity).hits) found.add(hit.id);
    }
    return [...found];
  }

  #rank(
    words: Expansion[][],
    fields: SearchField[],
    passes: (slot: number) => boolean,
    take: number,
  ): { hits: IndexHit[]; total: number } {
    const boosts = Object.fromEntries(fields.map((field) => [field, BOOST[field]]));
    const engine = this.#engine as MiniSearch<never>;
    const ranked = rank(engine, {
      words,
      boosts,
      articles: this.#facts.size,
      slotOf: this.#slotOf,
      slots: this.#ids.length,
      passes,
      take,
    });
    const hits = ranked.slots.map((slot, n): IndexHit => {
      const id = this.#ids[slot]!;
      const documents = [id, notesId(id)]
        .map((documentId) => this.#state._idToShortId.get(documentId))
        .filter((document) => document !== undefined);
      const terms = matchedTerms(engine, words, fields, documents) as Record<string, SearchField[]>;
      return { id, score: ranked.scores[n]!, terms };
    });
    return { hits, total: ranked.total };
  }

  /** The terms a query word stands for: itself, its typos if long, and (the last word) its completions. */
  #expand(word: string, last: boolean): Expansion[] {
    const key = `${last ? '>' : '='}${word}`;
    const kept = this.#expansions.get(key);
    if (kept) return kept;
    const weights = new Map<string, number>([[word, 1]]);
    const distance = typos(word);
    if (distance) {
      for (const [term, [, edits]] of this.#state._index.fuzzyGet(word, distance))
        if (edits > 0) weights.set(term, typoWeight(term, edits));
    }
    // A completion that is also a typo counts as a completion (as MiniSearch's prefix search does).
    if (last) for (const term of completions(this.#engine, word)) weights.set(term, prefixWeight(word, term));
    const expansions = [...weights].map(([term, weight]) => ({ term, weight }));
    if (this.#expansions.size >= EXPANSIONS_KEPT) this.#expansions.clear();
    this.#expansions.set(key, expansions);
    return expansions;
  }

  get #state(): EngineIds {
    return this.#engine as unknown as EngineIds;
  }

  /** The article's slot, a new one for an article not seen before. */
  #slot(id: string): number {
    let slot = this.#slots.get(id);
    if (slot === undefined) {
      slot = this.#ids.length;
      this.#ids.push(id);
      this.#slots.set(id, slot);
    }
    return slot;
  }

  /** Record which article an engine document (by number) belongs to. */
  #place(document: number, slot: number): void {
    if (document >= this.#slotOf.length) {
      const grown = new Int32Array(Math.max(document + 1, this.#slotOf.length * 2)).fill(-1);
      grown.set(this.#slotOf);
      this.#slotOf = grown;
    }
    this.#slotOf[document] = slot;
  }

  #replace(document: EngineDocument, slot: number): void {
    this.#discard(document.id);
    this.#engine.add(document);
    this.#place(this.#state._idToShortId.get(document.id)!, slot);
  }

  #discard(documentId: string): void {
    const document = this.#state._idToShortId.get(documentId);
    if (document === undefined) return;
    this.#slotOf[document] = -1;
    this.#engine.discard(documentId);
  }

  /** After a put or remove: snapshots being written mark it stale, and query words are looked up again. */
  #changed(id: string): void {
    for (const changed of this.#changedSince) changed.add(id);
    this.#expansions.clear();
  }

  /**
   * The index as it is now, to be written in pieces while it keeps changing. An article put or
   * removed meanwhile is saved with stamp '' (its saved documents may be part old, part
   * cleaned away): at the next start it is indexed again, or dropped if it is gone.
   */
  snapshot(rules = this.rules): IndexSnapshot {
    const stamps = new Map(this.#stamps);
    const keys = new Map(this.#keys);
    const facts = JSON.stringify(Object.fromEntries(this.#facts));
    const engine = snapshotEngine(this.#engine);
    const changed = new Set<string>();
    this.#changedSince.add(changed);
    return {
      head: `{"version":${INDEX_VERSION},"rules":${JSON.stringify(rules)},"facts":${facts},"engine":${engine.head}`,
      next: (terms) => engine.next(terms),
      release: () => this.#changedSince.delete(changed),
      tail: () => {
        for (const id of changed) {
          if (stamps.has(id)) stamps.set(id, '');
          // Re-indexed whole at the next start: its saved documents may be part old.
          keys.delete(id);
        }
        const saved = `"stamps":${JSON.stringify(Object.fromEntries(stamps))},"keys":${JSON.stringify(Object.fromEntries(keys))}`;
        return `${engine.tail},${saved}}`;
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
