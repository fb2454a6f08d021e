import type MiniSearch from 'minisearch';
import { LazyPostings } from './lazy-postings';

/**
 * How many postings (article × field) the completions of a half-typed word may bring in. A
 * prefix's cost is the postings it unions, not its term count: MiniSearch's own `prefix`
 * expands "kal" to every term that starts so, and at 10,000 articles a short prefix scored
 * most of the library on each key stroke (p95 280 ms). Within this budget an answer stays
 * a few milliseconds; past it, the longer (rarer, less likely meant) completions are left out.
 */
export const COMPLETION_POSTINGS = 6000;

/** MiniSearch keeps its term dictionary (a radix tree) protected, and offers no capped prefix. */
interface WithTerms {
  _index: { atPrefix(prefix: string): Iterable<[string, Map<number, Map<number, number>>]> };
}

/**
 * The index terms that continue `prefix` (not `prefix` itself), shortest first (the nearest to
 * what is typed), then the most used, for as long as their postings stay within `budget`; the
 * first completion is always kept, so a prefix whose one completion is everywhere still finds it.
 */
export function completions(
  engine: MiniSearch<never>,
  prefix: string,
  budget = COMPLETION_POSTINGS,
): string[] {
  const found: { term: string; postings: number }[] = [];
  for (const [term, fields] of (engine as unknown as WithTerms)._index.atPrefix(prefix)) {
    if (term === prefix) continue;
    found.push({ term, postings: postingCount(fields) });
  }
  found.sort((a, b) => a.term.length - b.term.length || b.postings - a.postings);
  const kept: string[] = [];
  let spent = 0;
  for (const { term, postings } of found) {
    if (kept.length > 0 && spent + postings > budget) break;
    kept.push(term);
    spent += postings;
  }
  return kept;
}

/** A term's postings in all fields; a term read back from the index file is counted unread. */
function postingCount(fields: Map<number, Map<number, number>>): number {
  if (fields instanceof LazyPostings) return fields.postingCount;
  let postings = 0;
  for (const articles of fields.values()) postings += articles.size;
  return postings;
}
