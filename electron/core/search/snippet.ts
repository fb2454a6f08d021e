import type { SearchMatch } from '../../contract/model';

/** Text up to this long is shown whole; longer text is cut around the match. */
const WHOLE = 160;
const BEFORE = 60;
const AFTER = 100;

const squash = (text: string) => text.replace(/\s+/g, ' ');

/** Move `at` to the nearest space within 15 characters (in `direction`), so words stay whole. */
function wordEdge(text: string, at: number, direction: 1 | -1): number {
  for (let i = 0; i < 15; i++) {
    const probe = at + i * direction;
    if (probe <= 0 || probe >= text.length) return Math.max(0, Math.min(text.length, probe));
    if (text.charAt(probe) === ' ') return direction === 1 ? probe : probe + 1;
  }
  return at;
}

/**
 * A short plain-text excerpt of `text` around `text.slice(start, end)`, with whitespace runs
 * made single spaces and "…" where it was cut, and the match's offsets in the excerpt.
 */
export function snippet(
  text: string,
  start: number,
  end: number,
): Pick<SearchMatch, 'snippet' | 'start' | 'end'> {
  let from = 0;
  let to = text.length;
  if (text.length > WHOLE) {
    from = start - BEFORE > 0 ? wordEdge(text, start - BEFORE, -1) : 0;
    to = end + AFTER < text.length ? wordEdge(text, end + AFTER, 1) : text.length;
  }
  const before = squash(text.slice(from, start)).trimStart();
  const match = squash(text.slice(start, end));
  const after = squash(text.slice(end, to)).trimEnd();
  const lead = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  const matchStart = lead.length + before.length;
  return {
    snippet: `${lead}${before}${match}${after}${tail}`,
    start: matchStart,
    end: matchStart + match.length,
  };
}
