/** At most this many matches are painted and counted (a one-letter query in a book). */
export const MAX_FIND_MATCHES = 5000;

/**
 * Case and accents folded, one UTF-16 unit for one, so an index into the folded text is an
 * index into the article's text (as the core's search folds; the renderer cannot import it).
 */
export function foldForFind(text: string): string {
  if (!/[^\x20-\x7e]/.test(text)) return text.toLowerCase();
  let out = '';
  for (const unit of text) {
    const base = unit.normalize('NFD').charAt(0).toLowerCase();
    const folded =
      base.length === unit.length
        ? base
        : unit.toLowerCase().length === unit.length
          ? unit.toLowerCase()
          : unit;
    out += /\s/.test(folded) ? ' '.repeat(folded.length) : folded;
  }
  return out;
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
