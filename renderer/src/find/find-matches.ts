/** At most this many matches are painted and counted (a one-letter query in a book). */
export const MAX_FIND_MATCHES = 5000;

/** One character outside printable ASCII folded: its base letter, lower case, whitespace a space. */
function foldUnit(unit: string): string {
  const base = unit.normalize('NFD').charAt(0).toLowerCase();
  const folded =
    base.length === unit.length
      ? base
      : unit.toLowerCase().length === unit.length
        ? unit.toLowerCase()
        : unit;
  return /\s/.test(folded) ? ' '.repeat(folded.length) : folded;
}

/**
 * Case and accents folded, one UTF-16 unit for one, so an index into the folded text is an
 * index into the article's text (as the core's search folds; the renderer cannot import it).
 * Runs of capitals are lowered and each other character is folded alone, in one pass: a long
 * article (1.2 MB, a newline between every two blocks) folded character by character took
 * hundreds of milliseconds.
 */
export function foldForFind(text: string): string {
  return text.replace(/[A-Z]+|[^\x20-\x7e]/gu, (match) => {
    const first = match.charCodeAt(0);
    // A run of capitals, or one other character (a surrogate pair is one, of two units).
    return first >= 65 && first <= 90 ? match.toLowerCase() : foldUnit(match);
  });
}

/** Every occurrence of `query` in `foldedText`, as text ranges, in order. */
export function findAll(foldedText: string, query: string): { start: number; end: number }[] {
  const needle = foldForFind(query.replace(/\s+/g, ' ').trim());
  if (!needle) return [];
  const found: { start: number; end: number }[] = [];
  for (let at = foldedText.indexOf(needle); at !== -1 && found.length < MAX_FIND_MATCHES;) {
    found.push({ start: at, end: at + needle.length });
    at = foldedText.indexOf(needle, at + needle.length);
  }
  return found;
}

/** The match to start at: the first at or after `offset` (the top of the view), else the first. */
export function firstFrom(matches: { start: number }[], offset: number): number {
  const index = matches.findIndex((match) => match.start >= offset);
  return index === -1 ? 0 : index;
}
