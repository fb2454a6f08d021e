/** Orthographic classes of a token: its shape ("Xx", "X.X.", "dd") and capitalisation. */

export const enum Caps {
  Lower = 0,
  Initial = 1,
  AllCaps = 2,
  Mixed = 3,
  Digit = 4,
  Punct = 5,
  Other = 6,
}

function charClass(ch: string): string {
  if (/\p{Lu}/u.test(ch)) return 'X';
  if (/\p{Ll}/u.test(ch)) return 'x';
  if (/\p{Nd}/u.test(ch)) return 'd';
  if (/\p{L}/u.test(ch)) return 'x';
  return ch;
}

/** The shape with runs collapsed to at most two characters: "Lavrov" -> "Xxx" is "Xx". */
export function shapeOf(word: string): string {
  let out = '';
  let prev = '';
  let run = 0;
  for (const ch of word) {
    const c = charClass(ch);
    run = c === prev ? run + 1 : 1;
    prev = c;
    if (run <= 2) out += c;
  }
  return out;
}

export function capsOf(word: string): Caps {
  const hasUpper = /\p{Lu}/u.test(word);
  const hasLower = /\p{Ll}/u.test(word);
  if (!hasUpper && !hasLower) {
    if (/^\p{Nd}/u.test(word)) return Caps.Digit;
    if (/^[\p{P}\p{S}]+$/u.test(word)) return Caps.Punct;
    return Caps.Other;
  }
  if (hasUpper && !hasLower) return Caps.AllCaps;
  if (!hasUpper) return Caps.Lower;
  if (/^\p{Lu}[^\p{Lu}]*$/u.test(word)) return Caps.Initial;
  return Caps.Mixed;
}

/** Whether the token starts with a capital letter (names, and words at sentence start). */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
