import { describe, expect, it } from 'vitest';
import { anchor, anchorAll } from './anchor';
import { ARTICLE_BUDGET, HIGHLIGHT_BUDGET, anchoringWorkDone } from './budget';
import { quoteSelector } from './selectors';

/** Deterministic pseudo-random letters: a quote that occurs nowhere in prose. */
function gibberish(length: number, seed: number): string {
  let state = seed;
  let out = '';
  while (out.length < length) {
    state = (state * 16807) % 2147483647;
    out += String.fromCharCode(97 + (state % 26));
  }
  return out;
}

const sentence = (i: number) => `Reporters filed story number ${i} about the long negotiations in Geneva.`;
/** About 300,000 characters: a long read. */
const TEXT = Array.from({ length: 4000 }, (_, i) => sentence(i)).join(' ');

/** A highlight whose quote and context occur nowhere in TEXT, stored at `start`. */
function foreign(length: number, start: number, seed: number) {
  return {
    quote: {
      exact: gibberish(length, seed),
      prefix: gibberish(32, seed + 1),
      suffix: gibberish(32, seed + 2),
    },
    position: { start, end: start + length },
  };
}

/** A real highlight of TEXT, then one word inside it changed (so only a fuzzy search finds it). */
function edited(start: number, end: number) {
  const selector = { quote: quoteSelector(TEXT, start, end), position: { start, end } };
  const exact = selector.quote.exact.replace('negotiations', 'negotiation');
  return { ...selector, quote: { ...selector.quote, exact } };
}

const measured = <T>(work: () => T): { result: T; spent: number } => {
  const before = anchoringWorkDone();
  const result = work();
  return { result, spent: anchoringWorkDone() - before };
};

describe('the work re-anchoring may do', () => {
  it('is bounded for one highlight with a long quote that occurs nowhere', () => {
    const { result, spent } = measured(() => anchor(TEXT, foreign(3999, 150_000, 7)));
    expect(result.status).toBe('orphan');
    expect(spent).toBeGreaterThan(0);
    expect(spent).toBeLessThanOrEqual(HIGHLIGHT_BUDGET);
  });

  it('is bounded for an article with many of them, and the ordinary highlights still anchor', () => {
    const hostile = Array.from({ length: 60 }, (_, i) => foreign(3999, (i * 4999) % TEXT.length, 100 + i));
    const start = TEXT.indexOf(sentence(2000));
    const real = edited(start, start + sentence(2000).length);
    const exact = { quote: quoteSelector(TEXT, 10, 40), position: { start: 10, end: 40 } };

    const { result, spent } = measured(() => anchorAll(TEXT, [...hostile, real, exact]));
    expect(spent).toBeLessThanOrEqual(ARTICLE_BUDGET);
    // Without a budget, each of the 60 would also search all of the text: hundreds of times more.
    expect(result.slice(0, 60).every((anchored) => anchored.status === 'orphan')).toBe(true);
    expect(result[60]).toMatchObject({ status: 'fuzzy', start });
    expect(result[61]).toEqual({ start: 10, end: 40, status: 'position' });
  });
});
