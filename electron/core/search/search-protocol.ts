import type { ParsedQuery } from './query-syntax';
import type { DocumentFacts, SearchDocument } from './search-document';
import type { IndexHit } from './search-index';

/** What the search worker is asked (search-worker.ts). */
export type SearchRequest =
  /** Load the saved index (or start empty): its stamps say which articles it holds, and of when. */
  | { kind: 'open'; file: string }
  | { kind: 'put'; items: { document: SearchDocument; facts: DocumentFacts; stamp: string }[] }
  | { kind: 'remove'; ids: string[] }
  /** The first `take` hits, and how many there are. */
  | { kind: 'query'; query: ParsedQuery; take: number }
  | { kind: 'save'; file: string };

export type SearchReply =
  | { kind: 'opened'; stamps: Record<string, string> }
  | { kind: 'done' }
  | { kind: 'hits'; hits: IndexHit[]; total: number }
  | { kind: 'saved'; bytes: number };
