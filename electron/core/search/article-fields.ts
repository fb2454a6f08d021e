import type { HighlightColor, SearchMatchKind } from '../../contract/model';
import type { SearchEntry, SearchNotes } from './source';
import { fold } from './fold';
import { markdownToPlainText } from './plain-text';

/** One searchable piece of text of an article, in rank order within the article. */
export interface Field {
  kind: SearchMatchKind;
  text: string;
  highlightId?: string;
  color?: HighlightColor;
  /** Where the field starts in `ArticleFields.folded`. */
  offset: number;
}

/** An article's searchable text, folded into one string so a query is one `indexOf` loop. */
export interface ArticleFields {
  entry: SearchEntry;
  fields: Field[];
  folded: string;
}

/** Between fields in `folded`: no query (control characters are dropped) can span two fields. */
const SEPARATOR = '\u0000';

/** Title and tags, the article note, then each highlight (in reading order) with its note. */
export function articleFields(entry: SearchEntry, notes: SearchNotes): ArticleFields {
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
    const text = markdownToPlainText(note.markdown);
    if (text) written.push({ kind: 'highlight-note', text, highlightId: id, color });
  }
  const fields = [{ kind: 'title' as const, text: entry.title }, ...tags, ...written] as Field[];
  let offset = 0;
  for (const field of fields) {
    field.offset = offset;
    offset += field.text.length + SEPARATOR.length;
  }
  return { entry, fields, folded: fields.map((field) => fold(field.text)).join(SEPARATOR) };
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
