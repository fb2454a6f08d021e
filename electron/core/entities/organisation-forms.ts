/**
 * Two ways news writes an organisation's name that the tagger misses: initials before a
 * company's name ("A.P. Moller-Maersk", "J.P. Morgan") and the Federal Reserve's short name
 * ("the Fed", "Fed Chair Jerome Powell").
 */
import type { Candidate } from './extra-types';
import { knownAlias } from './name-match';
import type { Token } from './tokenize';

/** "A.P.", "J.P.", "C.H.": a company's initials (not a place's: "U.S.", "U.K." are aliases). */
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
/** Capitalised words that follow "Fed" when it is the central bank. */
const FED_NEXT = new Set(
  'Chair Chairman Chairwoman Governor Governors Vice President Board Officials'.split(' '),
);

function sameLine(text: string, a: Token, b: Token): boolean {
  return !text.slice(a.end, b.start).includes('\n');
}

function isFed(tokens: Token[], i: number): boolean {
  if (tokens[i]!.text !== 'Fed') return false;
  const before = tokens[i - 1]?.text;
  const after = tokens[i + 1]?.text ?? '';
  return before === 'the' || before === 'The' || /^['’]s$/.test(after) || FED_NEXT.has(after);
}

/** Extends organisations over their initials and adds "the Fed" (at the end: the caller sorts). */
export function organisationForms(text: string, tokens: Token[], candidates: Candidate[]): void {
  const covered = new Uint8Array(tokens.length);
  for (const c of candidates) covered.fill(1, c.first, c.last + 1);
  for (const c of candidates) {
    const i = c.first - 1;
    if (c.type !== 'organization' || i < 0 || covered[i]) continue;
    const before = tokens[i]!;
    if (!INITIALS.test(before.text) || knownAlias(before.text) || !sameLine(text, before, tokens[c.first]!))
      continue;
    c.first = i;
    c.start = before.start;
    covered[i] = 1;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !isFed(tokens, i)) continue;
    candidates.push({
      start: tokens[i]!.start,
      end: tokens[i]!.end,
      type: 'organization',
      first: i,
      last: i,
    });
  }
}
