import type MiniSearch from 'minisearch';

/**
 * BM25+ ranking over MiniSearch's postings, by article. MiniSearch's own `search` made an
 * object (score, terms, fields) for every posting of every expanded term, merged them map by
 * map and sorted every match: at 10,000 articles a word or a half-typed word scored thousands
 * of articles that way (p95 over 100 ms), while an answer shows 20. Here a posting adds a
 * number into an array slot of its article, only the best `take` are sorted, and the matched
 * terms are looked up for those alone. One article may be several index documents (body, notes:
 * search-index.ts): their postings add up in the article's slot, so every word must be in the
 * article, not in one of its documents.
 */

/** What of MiniSearch 7's state ranking reads (protected fields; engine-form.test.ts pins the layout). */
interface EngineState {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
}

/** One term a query word stands for (itself, a typo of it, a completion), and how much it counts. */
export interface Expansion {
  term: string;
  weight: number;
}

/** MiniSearch's BM25+ parameters (its defaults, with which Gloss's ranking was chosen). */
const K = 1.2;
const B = 0.7;
const D = 0.5;

export interface RankRequest {
  /** Per query word, the terms it stands for: an article must match one of each word's. */
  words: Expansion[][];
  /** Field names to look in, each with its boost. */
  boosts: Record<string, number>;
  /** How many articles there are (the document count of inverse document frequency). */
  articles: number;
  /** The article slot of an engine document number; below 0 (or beyond) for a discarded one. */
  slotOf: Int32Array;
  /** How many slots there are. */
  slots: number;
  /** Whether an article (by slot) passes the query's filters. */
  passes(slot: number): boolean;
  take: number;
}

/** The best `take` articles by slot, best first, with their scores; and how many matched. */
export function rank(
  engine: MiniSearch<never>,
  request: RankRequest,
): { slots: number[]; scores: number[]; total: number } {
  const state = engine as unknown as EngineState;
  const { words, slots } = request;
  let total: Float64Array | null = null;
  let candidates: number[] = [];
  for (const expansions of words) {
    const scores = new Float64Array(slots);
    const touched: number[] = [];
    for (const { term, weight } of expansions) {
      const postings = state._index.get(term);
      if (postings) addTerm(state, postings, weight, request, scores, touched);
    }
    if (total === null) {
      total = scores;
      candidates = touched;
      continue;
    }
    // Every word must match: keep the articles this word matched too, adding its score.
    const kept: number[] = [];
    for (const slot of candidates) {
      if (scores[slot]! > 0) {
        total[slot]! += scores[slot]!;
        kept.push(slot);
      }
    }
    candidates = kept;
  }
  if (total === null) return { slots: [], scores: [], total: 0 };
  const passed = candidates.filter((slot) => request.passes(slot));
  const best = top(passed, total, request.take);
  return { slots: best, scores: best.map((slot) => total[slot]!), total: passed.length };
}

/** Add one term's BM25+ score, in every field looked in, to the slots of the articles it is in. */
function addTerm(
  state: EngineState,
  postings: Map<number, Map<number, number>>,
  weight: number,
  { boosts, articles, slotOf }: RankRequest,
  scores: Float64Array,
  touched: number[],
): void {
  for (const field in boosts) {
    const fieldId = state._fieldIds[field]!;
    const documents = postings.get(fieldId);
    if (!documents) continue;
    const matching = documents.size;
    // Discarded documents' postings linger until vacuumed: never more matches than articles.
    const idf = Math.log(1 + (Math.max(articles, matching) - matching + 0.5) / (matching + 0.5));
    const average = state._avgFieldLength[fieldId]! || 1;
    const boost = weight * boosts[field]! * idf;
    for (const [document, frequency] of documents) {
      const slot = document < slotOf.length ? slotOf[document]! : -1;
      if (slot < 0) continue;
      const length = state._fieldLength.get(document)?.[fieldId] ?? 0;
      const score = boost * (D + (frequency * (K + 1)) / (frequency + K * (1 - B + (B * length) / average)));
      if (scores[slot] === 0) touched.push(slot);
      scores[slot]! += score;
    }
  }
}

/** The `take` highest-scored slots, best first (ties in slot order); sorts only those. */
function top(slots: number[], scores: Float64Array, take: number): number[] {
  let kept = slots;
  if (slots.length > take) {
    const sorted = Float64Array.from(slots, (slot) => scores[slot]!).sort();
    const least = sorted[sorted.length - take]!;
    kept = slots.filter((slot) => scores[slot]! >= least);
  }
  kept.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return kept.length > take ? kept.slice(0, take) : kept;
}

/**
 * Of a term's expansions, the terms found in a document (by number) in each field looked in:
 * what an answer's snippets mark. `fields` by id.
 */
export function matchedTerms(
  engine: MiniSearch<never>,
  words: Expansion[][],
  fields: string[],
  documents: number[],
): Record<string, string[]> {
  const state = engine as unknown as EngineState;
  const found: Record<string, string[]> = {};
  for (const expansions of words) {
    for (const { term } of expansions) {
      const postings = state._index.get(term);
      if (!postings) continue;
      for (const field of fields) {
        const inField = postings.get(state._fieldIds[field]!);
        if (!inField || !documents.some((document) => inField.has(document))) continue;
        const list = (found[term] ??= []);
        if (!list.includes(field)) list.push(field);
      }
    }
  }
  return found;
}
