import type { AnchorStatus } from '../../contract/model';
import { AnchorBudget, ARTICLE_BUDGET, HIGHLIGHT_BUDGET } from './budget';
import type { TextPositionSelector, TextQuoteSelector } from './selectors';
import { findExact, findFuzzy, type QuoteMatch } from './match-quote';

export interface AnchorResult {
  start: number;
  end: number;
  status: AnchorStatus;
}

export interface StoredSelector {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * How sure a fuzzy match must be. A quote with at most a quarter of it changed anchors on its
 * own; with up to half changed, only where its surrounding text still matches. Below that, any
 * stretch of prose would "match" a deleted sentence, and a wrong anchor is worse than an orphan.
 */
function trustworthy(match: QuoteMatch): boolean {
  return match.quoteScore >= 0.75 || (match.quoteScore >= 0.5 && match.contextScore >= 0.75);
}

const contextOf = ({ quote, position }: StoredSelector) => ({
  prefix: quote.prefix,
  suffix: quote.suffix,
  hint: position.start,
});

/** By position or exact quote: the cheap ways, tried for every highlight first. */
function anchorExactly(text: string, selector: StoredSelector, budget: AnchorBudget): AnchorResult | null {
  const { quote, position } = selector;
  const { start, end } = position;
  if (quote.exact.length > 0 && start >= 0 && end <= text.length && text.slice(start, end) === quote.exact) {
    return { start, end, status: 'position' };
  }
  const exact = findExact(text, quote.exact, contextOf(selector), budget)[0];
  return exact ? { start: exact.start, end: exact.end, status: 'quote' } : null;
}

/** By approximate quote, as far as the budget allows; else an orphan at the old position. */
function anchorFuzzily(text: string, selector: StoredSelector, budget: AnchorBudget): AnchorResult {
  const fuzzy = findFuzzy(text, selector.quote.exact, contextOf(selector), trustworthy, budget);
  if (fuzzy) return { start: fuzzy.start, end: fuzzy.end, status: 'fuzzy' };
  const at = Math.max(0, Math.min(selector.position.start, text.length));
  return { start: at, end: at, status: 'orphan' };
}

/**
 * Find a stored highlight in the current text, Hypothesis-style: at its old position when the
 * text there is unchanged; else the exact quote (the occurrence whose context matches best,
 * then the nearest); else an approximate quote scored with its prefix and suffix, within a
 * work budget (budget.ts); else it is an orphan (start = end, at the old position clamped to
 * the text).
 */
export function anchor(
  text: string,
  selector: StoredSelector,
  budget = new AnchorBudget(HIGHLIGHT_BUDGET),
): AnchorResult {
  return anchorExactly(text, selector, budget) ?? anchorFuzzily(text, selector, budget);
}

/**
 * Anchor all the highlights of an article within one article budget (each also within its
 * own): every highlight by position or exact quote first, then the approximate searches,
 * shortest quote first, so highlights with long quotes found nowhere cannot use up the work
 * the ordinary ones need.
 */
export function anchorAll(text: string, selectors: readonly StoredSelector[]): AnchorResult[] {
  const article = new AnchorBudget(ARTICLE_BUDGET);
  const budgets = selectors.map(() => new AnchorBudget(HIGHLIGHT_BUDGET, article));
  const results = selectors.map((selector, i) => anchorExactly(text, selector, budgets[i]!));
  const pending = selectors
    .map((selector, i) => ({ i, length: selector.quote.exact.length }))
    .filter(({ i }) => results[i] === null)
    .sort((a, b) => a.length - b.length);
  for (const { i } of pending) results[i] = anchorFuzzily(text, selectors[i]!, budgets[i]!);
  return results as AnchorResult[];
}
