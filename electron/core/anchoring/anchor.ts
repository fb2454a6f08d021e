import type { AnchorStatus } from '../../contract/model';
import type { TextPositionSelector, TextQuoteSelector } from './selectors';
import { findExact, findFuzzy, type QuoteMatch } from './match-quote';

export interface AnchorResult {
  start: number;
  end: number;
  status: AnchorStatus;
}

/**
 * How sure a fuzzy match must be. A quote with at most a quarter of it changed anchors on its
 * own; with up to half changed, only where its surrounding text still matches. Below that, any
 * stretch of prose would "match" a deleted sentence, and a wrong anchor is worse than an orphan.
 */
function trustworthy(match: QuoteMatch): boolean {
  return match.quoteScore >= 0.75 || (match.quoteScore >= 0.5 && match.contextScore >= 0.75);
}

/**
 * Find a stored highlight in the current text, Hypothesis-style: at its old position when the
 * text there is unchanged; else the exact quote (the occurrence whose context matches best,
 * then the nearest); else an approximate quote scored with its prefix and suffix; else it is
 * an orphan (start = end, at the old position clamped to the text).
 */
export function anchor(
  text: string,
  selector: { quote: TextQuoteSelector; position: TextPositionSelector },
): AnchorResult {
  const { quote, position } = selector;
  const { start, end } = position;
  if (quote.exact.length > 0 && start >= 0 && end <= text.length && text.slice(start, end) === quote.exact) {
    return { start, end, status: 'position' };
  }
  const context = { prefix: quote.prefix, suffix: quote.suffix, hint: start };
  const exact = findExact(text, quote.exact, context)[0];
  if (exact) return { start: exact.start, end: exact.end, status: 'quote' };
  const fuzzy = findFuzzy(text, quote.exact, context, trustworthy);
  if (fuzzy) return { start: fuzzy.start, end: fuzzy.end, status: 'fuzzy' };
  const at = Math.max(0, Math.min(start, text.length));
  return { start: at, end: at, status: 'orphan' };
}
