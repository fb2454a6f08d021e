import type { ParsedQuery } from './query-syntax';
import type { DocumentFacts, SearchDocument } from './search-document';
import type { IndexHit } from './search-index';

/** What the search worker is asked (search-worker.ts). */
export type SearchRequest =
  /** Load the saved index (or start empty): its stamps say which articles it holds, and of when. */
  | { kind: 'open'; file: string }
  | { kind: 'put'; items: { document: SearchDocument; facts: DocumentFacts; stamp: string }[] }
  | { kind: 'remove'; ids: string[] }
  /** The articles whose index holds every word of one of `names` (what a changed rule may touch). */
  | { kind: 'mentioning'; names: string[] }
  /** The first `take` hits, and how many there are. */
  | { kind: 'query'; query: ParsedQuery; take: number }
  /**
   * `rules`: the key of the library rules every indexed article's entities follow. Written in
   * slices: searches and updates sent meanwhile are answered between them.
   */
  | { kind: 'save'; file: string; rules: string };

export type SearchReply =
  | { kind: 'opened'; stamps: Record<string, string>; rules: string }
  | { kind: 'ids'; ids: string[] }
  | { kind: 'done' }
  | { kind: 'hits'; hits: IndexHit[]; total: number }
  | { kind: 'saved'; bytes: number };
