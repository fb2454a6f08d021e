import type { ArticleSummary, EntityType, HighlightColor, Note } from '../../contract/model';

/**
 * What search reads, stated here so the domain layer depends on no store: an index entry and
 * an article's notes, as far as search uses them. The Store's types fit these shapes.
 */
export interface SearchEntry extends ArticleSummary {
  highlightTags: readonly string[];
}

export interface SearchNotes {
  note: Pick<Note, 'markdown'>;
  highlights: readonly {
    id: string;
    color: HighlightColor;
    selector: { quote: { exact: string }; position: { start: number } };
    note: Pick<Note, 'markdown'>;
    tags: readonly string[];
  }[];
}

/** The index entries and each article's notes (a Store provides both). */
export interface SearchSource {
  list(): SearchEntry[];
  entry(id: string): SearchEntry | undefined;
  peekNotes(id: string): Promise<SearchNotes>;
}

/** Whether the article carries `tag` (case-insensitive), on itself or a highlight. */
export function hasTag(entry: Pick<SearchEntry, 'tags' | 'highlightTags'>, tag: string): boolean {
  const key = tag.trim().toLowerCase();
  return [...entry.tags, ...entry.highlightTags].some((name) => name.toLowerCase() === key);
}

/** The entities an article mentions (corrections applied), as far as search uses them. */
export type SearchEntities = readonly { name: string; type: EntityType; aliases: readonly string[] }[];
