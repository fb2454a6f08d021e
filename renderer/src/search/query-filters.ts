import { SEARCH_FILTERS } from '../../../electron/contract/values';

/** The chips the search box offers, each the text it adds to the query. */
export const FILTER_CHIPS: { insert: string; label: string }[] = SEARCH_FILTERS.flatMap((name) => {
  if (name === 'has') return [{ insert: 'has:note', label: 'has:note' }];
  if (name === 'in')
    return [
      { insert: 'in:highlights', label: 'in:highlights' },
      { insert: 'in:notes', label: 'in:notes' },
    ];
  return [{ insert: `${name}:`, label: `${name}:` }];
});

/** A filter typed in the box: `name:value` or `name:"a value"` (as the core reads them). */
const FILTER = new RegExp(`(?:^|\\s)(${SEARCH_FILTERS.join('|')}):(?:"[^"]*"?|\\S*)`, 'gi');

/** The filters typed in `query`, as written, in order. */
export function typedFilters(query: string): string[] {
  return [...query.matchAll(FILTER)].map((match) => match[0].trim());
}

/** The query without its filters and quotes: the words the article list's title filter looks for. */
export function plainWords(query: string): string {
  return query.replace(FILTER, ' ').replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
}

/** `query` with one typed filter taken out. */
export function withoutFilter(query: string, filter: string): string {
  const at = query.indexOf(filter);
  if (at === -1) return query;
  return `${query.slice(0, at)}${query.slice(at + filter.length)}`.replace(/\s+/g, ' ').trim();
}

/** `query` with a chip's text added at the end (a filter needing a value leaves the caret after ':'). */
export function withChip(query: string, insert: string): string {
  const base = query.trimEnd();
  return `${base ? `${base} ` : ''}${insert}${insert.endsWith(':') ? '' : ' '}`;
}
