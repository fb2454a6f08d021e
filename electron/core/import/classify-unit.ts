import type { DraftBlock } from './types';
import { countWords } from './word-count';
import { BOILERPLATE_LINE, CREDIT_LABEL, SOCIAL, TRAILING_CREDIT } from './scrape-patterns';

const BULLET = /^(?:[-*•‣◦▪●–]\s+)/;
const ORDINAL = /^(?:\d{1,3}|[a-z])[.)]\s+\S/;
const QUOTE_MARKER = /^>\s?/;
const OPENING = '"“„«';
const CLOSING = '"”“»';
const QUOTE_CHARS = /["“”„«»]/g;

/** A whole unit that is site furniture: share bars, "Advertisement", "Also read: …". */
export function isBoilerplate(unit: string): boolean {
  const isFurniture = (part: string): boolean =>
    BOILERPLATE_LINE.some((pattern) => pattern.test(part.trim()));
  // "Advertisement · Scroll to continue": furniture strung together with dots or bars.
  if (unit.split(/\s[·•|]\s/).every(isFurniture)) return true;
  // A share bar: nothing but network names and counts.
  const words = unit.split(/[\s|·•,/]+/).filter((word) => word !== '');
  return words.length >= 2 && words.every((word) => SOCIAL.test(word));
}

/** An image caption or credit: labelled ("Photo: …") or ending in a credit ("… (Reuters)"). */
export function isCaption(unit: string): boolean {
  if (CREDIT_LABEL.test(unit)) return true;
  return unit.length <= 400 && TRAILING_CREDIT.some((pattern) => pattern.test(unit));
}

/** A credit and nothing else, such as "Photo: AP" or "Image Source : PTI". */
export function isCreditOnly(unit: string): boolean {
  const match = CREDIT_LABEL.exec(unit);
  return match !== null && unit.slice(match[0].length).split(/\s+/).length <= 6 && !/[.!?]$/.test(unit);
}

/** A capital, a digit, an opening quote, or a letter of a script without case (Chinese, Arabic…). */
export const STARTS_LIKE_TITLE = /^[\p{Lu}\p{Lt}\p{Lo}\p{N}"“‘'「『]/u;

/** Short, no sentence punctuation at the end, starts like a title: a section heading. */
export function isHeadingLike(unit: string): boolean {
  const words = countWords(unit);
  if (unit.length > 120 || words > 15 || !STARTS_LIKE_TITLE.test(unit) || !/\p{L}/u.test(unit)) return false;
  if (/[?？]$/.test(unit)) return words <= 10;
  return !/[.!,;:…"”’'»)\]。！，；：」』]$/.test(unit) && !BULLET.test(unit) && !ORDINAL.test(unit);
}

/**
 * A quotation set apart from the text: a "> " line, or a unit that is one quotation from its
 * first character to its last. A paragraph with quotes and attribution ("… ,” he said.") is not.
 */
export function isQuote(unit: string): boolean {
  if (QUOTE_MARKER.test(unit)) return true;
  const first = unit.charAt(0);
  const last = unit.replace(/[.!?]$/, '').slice(-1);
  if (!OPENING.includes(first) || !CLOSING.includes(last) || unit.length < 20) return false;
  return (unit.match(QUOTE_CHARS)?.length ?? 0) === 2;
}

/** The block kind and text of a body unit (markers stripped), before context is considered. */
export function classifyUnit(unit: string): { kind: DraftBlock['kind']; text: string } {
  if (BULLET.test(unit)) return { kind: 'list-item', text: unit.replace(BULLET, '') };
  // Ordinals stay in the text: a block has no number of its own, and "3." carries meaning.
  if (ORDINAL.test(unit)) return { kind: 'list-item', text: unit };
  if (QUOTE_MARKER.test(unit)) return { kind: 'quote', text: unit.replace(QUOTE_MARKER, '') };
  if (isQuote(unit)) return { kind: 'quote', text: unit };
  if (isCaption(unit)) return { kind: 'caption', text: unit };
  return { kind: 'paragraph', text: unit };
}
