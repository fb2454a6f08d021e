import approxSearch from 'approx-string-match';

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

type Found = { start: number; end: number; errors: number };

function exactMatches(text: string, quote: string): Found[] {
  const found: Found[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** How closely `text` matches `pattern` (1 = exactly), found anywhere in `text`. */
function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (text.length === 0) return 0;
  if (text.includes(pattern)) return 1;
  const best = approxSearch(text, pattern, pattern.length)[0];
  return best ? 1 - best.errors / pattern.length : 0;
}

function score(text: string, quote: string, found: Found, context: QuoteContext): QuoteMatch {
  const quoteScore = 1 - found.errors / quote.length;
  const before = text.slice(Math.max(0, found.start - context.prefix.length), found.start);
  const after = text.slice(found.end, found.end + context.suffix.length);
  const prefixScore = similarity(before, context.prefix);
  const suffixScore = similarity(after, context.suffix);
  const positionScore = text.length === 0 ? 1 : 1 - Math.abs(found.start - context.hint) / text.length;
  const total =
    (QUOTE_WEIGHT * quoteScore +
      PREFIX_WEIGHT * prefixScore +
      SUFFIX_WEIGHT * suffixScore +
      POSITION_WEIGHT * positionScore) /
    (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
  return { ...found, score: total, quoteScore, contextScore: (prefixScore + suffixScore) / 2 };
}

/**
 * Every place `quote` occurs exactly, best first: the one whose prefix and suffix match the old
 * context, and then the one nearest the old position.
 */
export function findExact(text: string, quote: string, context: QuoteContext): QuoteMatch[] {
  if (quote.length === 0) return [];
  return exactMatches(text, quote)
    .map((found) => score(text, quote, found, context))
    .sort((a, b) => b.score - a.score);
}

/**
 * Approximate places for `quote` (Myers' bit-parallel search via approx-string-match, up to half
 * the quote's length in errors, as Hypothesis does), best first by quote, context and position.
 */
export function findFuzzy(text: string, quote: string, context: QuoteContext): QuoteMatch[] {
  if (quote.length === 0 || text.length === 0) return [];
  const maxErrors = Math.min(MAX_ERRORS_CAP, Math.floor(quote.length / 2));
  // A short quote can tie in thousands of places; scoring the nearest few is enough.
  const distance = (found: Found): number => Math.abs(found.start - context.hint);
  return approxSearch(text, quote, maxErrors)
    .sort((a, b) => distance(a) - distance(b))
    .slice(0, MAX_CANDIDATES)
    .map((found) => score(text, quote, found, context))
    .sort((a, b) => b.score - a.score);
}
