/**
 * Case- and diacritic-insensitive matching that keeps offsets: `fold` maps every UTF-16 code
 * unit to exactly one, so an index into the folded text is an index into the original. (NFD
 * plus stripping marks would change lengths and need an offset map for every snippet.)
 */

const WHITESPACE = /\s/;
const folded = new Map<string, string>();

function foldUnit(unit: string): string {
  let result = folded.get(unit);
  if (result === undefined) {
    if (WHITESPACE.test(unit)) result = ' ';
    else {
      // "É" -> "E" + combining accent -> "e"; a ligature or "İ" that lower-cases to two units keeps its first.
      const base = unit.normalize('NFD').charAt(0).toLowerCase();
      result = base.length === 1 ? base : unit;
    }
    folded.set(unit, result);
  }
  return result;
}

/** Lower case, accents off, every whitespace a plain space; same length as `text`. */
export function fold(text: string): string {
  // Most text is ASCII: one native call instead of a loop over every character.
  if (!/[^\t-\r\x20-\x7e]/.test(text)) return text.toLowerCase().replace(/[\t-\r]/g, ' ');
  // Joined from an array: `+=` per character would leave a rope of one node per character.
  const units = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) units[i] = foldUnit(text.charAt(i));
  return units.join('');
}

/** The query as matched: folded, control characters dropped, runs of spaces made one. */
export function foldQuery(query: string): string {
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  return fold(query.replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, ''))
    .replace(/ +/g, ' ')
    .trim();
}
