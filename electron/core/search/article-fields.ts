import type { HighlightColor, SearchMatchKind } from '../../contract/model';
import type { SearchEntities, SearchEntry, SearchNotes } from './source';
import { fold } from './fold';
import { markdownToPlainText } from './plain-text';

/** One searchable piece of text of an article, in the order its matches are listed. */
export interface Field {
  kind: SearchMatchKind;
  text: string;
  highlightId?: string;
  color?: HighlightColor;
  /** For a paragraph of the body: where it starts in the article's text. */
  at?: number;
  /** Where the field starts in `ArticleFields.folded`. */
  offset: number;
}

/** An article's searchable text, folded into one string so a query is one regex pass. */
export interface ArticleFields {
  entry: SearchEntry;
  fields: Field[];
  folded: string;
  /** The highlights' ranges in the text: a body match inside one is listed as the highlight. */
  highlighted: { start: number; end: number }[];
}

/** Between fields in `folded`: no match (control characters are dropped) can span two fields. */
const SEPARATOR = '\u0000';

/**
 * Title and tags, the article note, each highlight (in reading order) with its note, the
 * entities' names, byline and site, then the body paragraph by paragraph.
 */
export function articleFields(
  entry: SearchEntry,
  notes: SearchNotes,
  text = '',
  entities: SearchEntities = [],
): ArticleFields {
  const tags: Omit<Field, 'offset'>[] = entry.tags.map((tag) => ({ kind: 'tag', text: tag }));
  const written: Omit<Field, 'offset'>[] = [];
  const noteText = markdownToPlainText(notes.note.markdown);
  if (noteText) written.push({ kind: 'article-note', text: noteText });
  const highlights = [...notes.highlights].sort(
    (a, b) => a.selector.position.start - b.selector.position.start,
  );
  for (const { id, color, selector, note, tags: highlightTags } of highlights) {
    for (const tag of highlightTags) tags.push({ kind: 'tag', text: tag, highlightId: id, color });
    written.push({ kind: 'highlight', text: selector.quote.exact, highlightId: id, color });
    const plain = markdownToPlainText(note.markdown);
    if (plain) written.push({ kind: 'highlight-note', text: plain, highlightId: id, color });
  }
  const named = entities
    .filter((entity) => entity.type !== 'date')
    .flatMap((entity) => [entity.name, ...entity.aliases.filter((alias) => alias !== entity.name)])
    .map((name): Omit<Field, 'offset'> => ({ kind: 'entity', text: name }));
  const about = [entry.byline, entry.siteName]
    .filter((value): value is string => Boolean(value))
    .map((value): Omit<Field, 'offset'> => ({ kind: 'body', text: value }));
  const fields = [
    { kind: 'title' as const, text: entry.title },
    ...tags,
    ...written,
    ...named,
    ...about,
    ...paragraphs(text),
  ] as Field[];
  let offset = 0;
  for (const field of fields) {
    field.offset = offset;
    offset += field.text.length + SEPARATOR.length;
  }
  return {
    entry,
    fields,
    folded: fields.map((field) => fold(field.text)).join(SEPARATOR),
    highlighted: highlights.map(({ selector }) => ({
      start: selector.position.start,
      end: selector.position.start + selector.quote.exact.length,
    })),
  };
}

/** The body's paragraphs (blocks are joined by "\n\n"), each with where it starts. */
function paragraphs(text: string): Omit<Field, 'offset'>[] {
  const found: Omit<Field, 'offset'>[] = [];
  let at = 0;
  for (const part of text.split('\n\n')) {
    if (part.trim()) found.push({ kind: 'body', text: part, at });
    at += part.length + 2;
  }
  return found;
}

/** The field that holds `at` (binary search over offsets). */
export function fieldAt(fields: Field[], at: number): Field {
  let low = 0;
  let high = fields.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (fields[mid]!.offset <= at) low = mid;
    else high = mid - 1;
  }
  return fields[low]!;
}
