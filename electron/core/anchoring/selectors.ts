import { GlossError } from '../errors';

/** W3C TextQuoteSelector: the highlighted text and a little context on each side. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: UTF-16 offsets into the article text, end exclusive. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

/** Characters of context kept on each side of a quote, as Hypothesis does. */
export const CONTEXT_LENGTH = 32;

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Whether `offset` falls between the two halves of a surrogate pair (inside one character). */
function splitsCharacter(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHigh(text.charCodeAt(offset - 1)) &&
    isLow(text.charCodeAt(offset))
  );
}

/**
 * Check a range a caller wants to highlight (or, with `action`, mark otherwise). Throws
 * GlossError('invalid-params') when it is not whole numbers, is empty or reversed, runs past the
 * text, cuts a character in two, or holds only whitespace (a highlight nobody could see).
 */
export function validateRange(
  text: string,
  start: number,
  end: number,
  action = 'highlight this selection',
): void {
  const fail = (why: string): never => {
    throw new GlossError('invalid-params', `Can't ${action}: ${why}.`);
  };
  if (!Number.isInteger(start) || !Number.isInteger(end)) fail('its start and end must be whole numbers');
  if (start < 0 || end > text.length) fail(`it must lie within the article's text (0 to ${text.length})`);
  if (start >= end) fail('it is empty (its end must come after its start)');
  if (splitsCharacter(text, start) || splitsCharacter(text, end))
    fail('it starts or ends in the middle of a character');
  if (text.slice(start, end).trim() === '') fail('it contains only spaces or line breaks');
}

/** The quote selector for `text.slice(start, end)`, after validating the range. */
export function quoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  validateRange(text, start, end);
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  // Context never begins or ends with half a character: stored JSON would carry a lone surrogate.
  if (splitsCharacter(text, prefixStart)) prefixStart += 1;
  if (splitsCharacter(text, suffixEnd)) suffixEnd -= 1;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}
