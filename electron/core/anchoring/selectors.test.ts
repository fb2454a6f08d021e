import { describe, expect, it } from 'vitest';
import { GlossError } from '../errors';
import { CONTEXT_LENGTH, quoteSelector, validateRange } from './selectors';

const TEXT =
  'Chinese President Xi Jinping met Russia’s Foreign Minister Sergei Lavrov in Beijing on Tuesday.';

describe('quoteSelector', () => {
  it('keeps 32 characters of context on each side', () => {
    const start = TEXT.indexOf('Foreign');
    const selector = quoteSelector(TEXT, start, start + 'Foreign Minister'.length);
    expect(selector).toEqual({
      exact: 'Foreign Minister',
      prefix: TEXT.slice(start - CONTEXT_LENGTH, start),
      suffix: TEXT.slice(start + 16, start + 16 + CONTEXT_LENGTH),
    });
    expect(selector.prefix).toHaveLength(32);
    expect(selector.suffix).toHaveLength(32);
  });

  it('has short context at the edges of the text', () => {
    expect(quoteSelector(TEXT, 0, 7)).toMatchObject({ exact: 'Chinese', prefix: '' });
    expect(quoteSelector(TEXT, TEXT.length - 8, TEXT.length)).toMatchObject({
      exact: 'Tuesday.',
      suffix: '',
    });
  });

  it('never cuts a character in two at the edge of its context', () => {
    const emoji = '😀';
    const text = `${emoji}${'a'.repeat(31)}QUOTE${'b'.repeat(31)}${emoji}`;
    const start = text.indexOf('QUOTE');
    const selector = quoteSelector(text, start, start + 5);
    expect(selector.prefix).toBe('a'.repeat(31));
    expect(selector.suffix).toBe('b'.repeat(31));
  });
});

describe('validateRange refuses', () => {
  it.each([
    { what: 'a reversed range', start: 10, end: 5, says: /empty/ },
    { what: 'an empty range', start: 5, end: 5, says: /empty/ },
    { what: 'a negative start', start: -1, end: 5, says: /within the article's text/ },
    { what: 'an end past the text', start: 0, end: TEXT.length + 1, says: /within the article's text/ },
    { what: 'fractions', start: 1.5, end: 4, says: /whole numbers/ },
    { what: 'NaN', start: Number.NaN, end: 4, says: /whole numbers/ },
    { what: 'only whitespace', start: 7, end: 8, says: /only spaces/ },
  ])('$what', ({ start, end, says }) => {
    expect(() => validateRange(TEXT, start, end)).toThrow(GlossError);
    expect(() => quoteSelector(TEXT, start, end)).toThrow(says);
    try {
      validateRange(TEXT, start, end);
    } catch (error) {
      expect((error as GlossError).code).toBe('invalid-params');
    }
  });

  it('half a character', () => {
    expect(() => validateRange('a😀b', 0, 2)).toThrow(/middle of a character/);
    expect(() => validateRange('a😀b', 0, 3)).not.toThrow();
  });
});
