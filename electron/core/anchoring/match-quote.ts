import approxSearch from 'approx-string-match';
import { searchCost, type AnchorBudget } from './budget';

/** A place where a quote was found, with how well it and its context match (0..1). */
export interface QuoteMatch {
  start: number;
  end: number;
  errors: number;
  score: number;
  quoteScore: number;
  contextScore: number;
}

export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Where the quote used to start: among equal matches, the nearer one wins. */
  hint: number;
}

// Hypothesis's weights: the quote matters most, then its context, then nearness to the old spot.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
/** Approximate search costs grow with the errors allowed; Hypothesis caps them the same way. */
const MAX_ERRORS_CAP = 256;
const MAX_CANDIDATES = 500;
/** Characters either side of the old position searched first for an approximate match. */
const NEARBY = 2000;
/** Shorter quotes approximately match almost anywhere: they are only looked for nearby. */
const MIN_ANYWHERE = 10;
/**
 * Myers' search costs text length × quote length / 32: a quote of a whole chapter would hang
 * the article's opening for minutes. Longer quotes re-anchor by position or exact quote only.
 */
const MAX_FUZZY_QUOTE = 4000;

type Found = { start: number; end: number; errors: number };

function exactMatches(text: string, quote: string): Found[] {
  const found: Found[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/**
 * How closely `text` matches `pattern` (1 = exactly), found anywhere in `text`. Past the
 * budget, only an exact match counts.
 */
function similarity(text: string, pattern: string, budget: AnchorBudget): number {
  if (pattern.length === 0) return 1;
  if (text.length === 0) return 0;
  if (text.includes(pattern)) return 1;
  if (!budget.take(searchCost(text.length, pattern.length))) return 0;
  const best = approxSearch(text, pattern, pattern.length)[0];
  return best ? 1 - best.errors / pattern.length : 0;
}

function score(
  text: string,
  quote: string,
  found: Found,
  context: QuoteContext,
  budget: AnchorBudget,
): QuoteMatch {
  const quoteScore = 1 - found.errors / quote.length;
  const before = text.slice(Math.max(0, found.start - context.prefix.length), found.start);
  const after = text.slice(found.end, found.end + context.suffix.length);
  const prefixScore = similarity(before, context.prefix, budget);
  const suffixScore = similarity(after, context.suffix, budget);
  const positionScore = text.length === 0 ? 1 : 1 - Math.abs(found.start - context.hint) / text.length;
  const total =
    (QUOTE_WEIGHT * quoteScore +
      PREFIX_WEIGHT * prefixScore +
      SUFFIX_WEIGHT * suffixScore +
      POSITION_WEIGHT * positionScore) /
    (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
  return { ...found, score: total, quoteScore, contextScore: (prefixScore + suffixScore) / 2 };
}

/** Score the candidates nearest the old position (a short quote can occur thousands of times). */
function rank(
  text: string,
  quote: string,
  found: Found[],
  context: QuoteContext,
  budget: AnchorBudget,
): QuoteMatch[] {
  const distance = (match: Found): number => Math.abs(match.start - context.hint);
  return found
    .sort((a, b) => distance(a) - distance(b))
    .slice(0, MAX_CANDIDATES)
    .map((match) => score(text, quote, match, context, budget))
    .sort((a, b) => b.score - a.score);
}

/**
 * Every place `quote` occurs exactly, best first: the one whose prefix and suffix match the old
 * context, and then the one nearest the old position.
 */
export function findExact(
  text: string,
  quote: string,
  context: QuoteContext,
  budget: AnchorBudget,
): QuoteMatch[] {
  if (quote.length === 0) return [];
  const found = exactMatches(text, quote);
  // Occurrences with their context intact need no approximate scoring, and usually exist.
  const intact = found.filter(
    (match) =>
      match.start >= context.prefix.length &&
      text.startsWith(context.prefix, match.start - context.prefix.length) &&
      text.startsWith(context.suffix, match.end),
  );
  return rank(text, quote, intact.length > 0 ? intact : found, context, budget);
}

/** Approximate matches of `quote` in `text[from, to)`; none when the budget cannot pay for the search. */
function approximate(text: string, quote: string, from: number, to: number, budget: AnchorBudget): Found[] {
  if (!budget.take(searchCost(to - from, quote.length))) return [];
  const maxErrors = Math.min(MAX_ERRORS_CAP, Math.floor(quote.length / 2));
  return approxSearch(text.slice(from, to), quote, maxErrors).map((match) => ({
    start: match.start + from,
    end: match.end + from,
    errors: match.errors,
  }));
}

/**
 * The best approximate place for `quote` that `accept` trusts, or null. Myers' bit-parallel
 * search (approx-string-match) allows up to half the quote's length in errors, as Hypothesis
 * does; matches are ranked by quote, context and position. The text near the old position is
 * searched first; the whole text only for quotes long enough not to match anywhere. A search
 * the budget cannot pay for is skipped.
 */
export function findFuzzy(
  text: string,
  quote: string,
  context: QuoteContext,
  accept: (match: QuoteMatch) => boolean,
  budget: AnchorBudget,
): QuoteMatch | null {
  if (quote.length === 0 || text.length === 0 || quote.length > MAX_FUZZY_QUOTE) return null;
  const margin = NEARBY + quote.length;
  const from = Math.max(0, Math.min(context.hint, text.length) - margin);
  const to = Math.min(text.length, Math.max(0, context.hint) + quote.length + margin);
  const near = rank(text, quote, approximate(text, quote, from, to, budget), context, budget)[0];
  if (near && accept(near)) return near;
  if (quote.length < MIN_ANYWHERE || (from === 0 && to === text.length)) return null;
  const anywhere = rank(text, quote, approximate(text, quote, 0, text.length, budget), context, budget)[0];
  return anywhere && accept(anywhere) ? anywhere : null;
}
