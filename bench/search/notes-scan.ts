/** Gloss's search before the full-text index (a scan of titles, tags, notes and quotes), kept as the benchmarks' baseline. */
import type { SearchArticle, SearchMatch, SearchResults } from '../../electron/contract/model';
import {
  articleFields,
  fieldAt,
  type ArticleFields,
  type Field,
} from '../../electron/core/search/article-fields';
import { foldQuery } from '../../electron/core/search/fold';
import { snippet } from '../../electron/core/search/snippet';
import { hasTag, type SearchEntry, type SearchSource } from '../../electron/core/search/source';

export type { SearchSource } from '../../electron/core/search/source';

/** Matches listed per article; `matchCount` says how many there are in all. */
export const MATCHES_PER_ARTICLE = 10;
/** Notes files read between two turns of the event loop while the index is (re)built (~10 ms). */
const BATCH = 64;

/**
 * Search of what the reader wrote and marked, across the library: titles, article and
 * highlight tags, article notes, highlight quotes and highlight notes (not article bodies:
 * those are megabytes per hundred articles, and never loaded at start-up).
 *
 * The notes files are read on the first query, not at start-up, and their searchable text is
 * kept in memory. An article's text stays valid while its index entry is the same object: the
 * store replaces an entry (frozen) whenever the article's notes file is written, so every
 * highlight, note and tag change is picked up by the next query, which re-reads only those
 * articles.
 */
export class LibrarySearch {
  readonly #articles = new Map<string, ArticleFields>();
  #refreshing: Promise<void> = Promise.resolve();

  constructor(private readonly store: SearchSource) {}

  /** `tag`: only articles with that tag, on themselves or a highlight (as `articles/list`). */
  async query(query: string, limit: number, tag?: string): Promise<SearchResults> {
    const needle = foldQuery(query);
    await this.refresh();
    const found: Found[] = [];
    if (needle) {
      for (const article of this.#articles.values()) {
        if (tag !== undefined && !hasTag(article.entry, tag)) continue;
        const hit = findIn(article, needle);
        if (hit) found.push(hit);
      }
    }
    found.sort((a, b) => a.rank - b.rank || b.article.entry.addedAt.localeCompare(a.article.entry.addedAt));
    // Snippets only for what is returned: a common word can match most of a large library.
    const articles = found.slice(0, limit).map((hit) => toResult(hit, needle.length));
    return { query: query.trim(), articles, truncated: found.length > limit };
  }

  /** Bring the in-memory text up to date with the store; queries wait for one pass at a time. */
  refresh(): Promise<void> {
    // A failed pass must not fail every later query: the next one starts afresh.
    this.#refreshing = this.#refreshing.catch(() => undefined).then(() => this.#refreshOnce());
    return this.#refreshing;
  }

  async #refreshOnce(): Promise<void> {
    const entries = this.store.list();
    const live = new Set(entries.map((entry) => entry.id));
    for (const id of this.#articles.keys()) if (!live.has(id)) this.#articles.delete(id);
    const stale = entries.filter((entry) => this.#articles.get(entry.id)?.entry !== entry);
    for (let from = 0; from < stale.length; from += BATCH) {
      await Promise.all(stale.slice(from, from + BATCH).map((entry) => this.#load(entry)));
      // Let other calls (a highlight being saved) run between batches.
      if (from + BATCH < stale.length) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async #load(entry: SearchEntry): Promise<void> {
    try {
      // The entry is taken before the read: a write landing meanwhile replaces it, so the
      // next query reads this article again rather than keeping notes older than the entry.
      const notes = await this.store.peekNotes(entry.id);
      if (this.store.entry(entry.id)) this.#articles.set(entry.id, articleFields(entry, notes));
    } catch {
      // Deleted meanwhile, or its notes cannot be read now: left out, and tried again next query.
      this.#articles.delete(entry.id);
    }
  }
}

/** Where a query matched in one article: the first match in each field, in field order. */
interface Found {
  article: ArticleFields;
  /** 0 when the title or a tag matched, else 1. */
  rank: number;
  hits: { field: Field; start: number }[];
}

function findIn(article: ArticleFields, needle: string): Found | null {
  const { folded, fields } = article;
  const hits: Found['hits'] = [];
  let at = folded.indexOf(needle);
  while (at !== -1) {
    const field = fieldAt(fields, at);
    hits.push({ field, start: at - field.offset });
    at = folded.indexOf(needle, field.offset + field.text.length + 1);
  }
  if (hits.length === 0) return null;
  const rank = hits.some(({ field }) => field.kind === 'title' || field.kind === 'tag') ? 0 : 1;
  return { article, rank, hits };
}

function toResult({ article, hits }: Found, length: number): SearchArticle {
  const { entry } = article;
  const matches = hits.slice(0, MATCHES_PER_ARTICLE).map(({ field, start }): SearchMatch => {
    const { kind, highlightId, color } = field;
    return {
      kind,
      ...(highlightId ? { highlightId, color } : {}),
      ...snippet(field.text, start, start + length),
    };
  });
  return {
    articleId: entry.id,
    title: entry.title,
    addedAt: entry.addedAt,
    matches,
    matchCount: hits.length,
  };
}
