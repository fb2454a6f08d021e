import type { EntityType, HighlightColor } from '../../contract/model';
import { fold } from './fold';
import { markdownToPlainText } from './plain-text';
import type { SearchEntities, SearchEntry, SearchNotes } from './source';

/** One article as the index holds it: each kind of text in its own field, weighed by `BOOST`. */
export interface SearchDocument {
  id: string;
  title: string;
  byline: string;
  site: string;
  body: string;
  highlights: string;
  notes: string;
  tags: string;
  entities: string;
}

export const SEARCH_FIELDS = [
  'title',
  'byline',
  'site',
  'body',
  'highlights',
  'notes',
  'tags',
  'entities',
] as const satisfies readonly (keyof SearchDocument)[];

export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * The fields a highlight, note or tag edit changes. The index keeps them as a document of their
 * own beside the article's body document, so such an edit re-indexes a few words, not 800.
 */
export const NOTES_FIELDS = ['highlights', 'notes', 'tags'] as const satisfies readonly SearchField[];

/** Title and highlight matches weigh most (the ranking), the body least. */
export const BOOST: Record<SearchField, number> = {
  title: 3,
  highlights: 2,
  tags: 1.5,
  entities: 1.5,
  notes: 1.5,
  byline: 1.5,
  site: 1,
  body: 1,
};

/** What filters look at, kept beside the index (folded or lower-cased as filters compare). */
export interface DocumentFacts {
  tags: string[];
  site: string;
  colors: HighlightColor[];
  hasNote: boolean;
  publishedAt: string | null;
  addedAt: string;
  entities: { type: Exclude<EntityType, 'date'>; names: string[] }[];
}

/** The index document and filter facts of one article. */
export function searchDocument(
  entry: SearchEntry,
  text: string,
  notes: SearchNotes,
  entities: SearchEntities,
): { document: SearchDocument; facts: DocumentFacts } {
  const highlightNotes = notes.highlights.map((highlight) => markdownToPlainText(highlight.note.markdown));
  const articleNote = markdownToPlainText(notes.note.markdown);
  const named = entities.filter(
    (entity): entity is SearchEntities[number] & { type: Exclude<EntityType, 'date'> } =>
      entity.type !== 'date',
  );
  const document: SearchDocument = {
    id: entry.id,
    title: entry.title,
    byline: entry.byline ?? '',
    site: [entry.siteName, hostOf(entry.url ?? entry.source)].filter(Boolean).join(' '),
    body: text,
    highlights: notes.highlights.map((highlight) => highlight.selector.quote.exact).join('\n'),
    notes: [articleNote, ...highlightNotes].filter(Boolean).join('\n'),
    tags: [...entry.tags, ...notes.highlights.flatMap((highlight) => highlight.tags)].join('\n'),
    entities: named.flatMap((entity) => [entity.name, ...entity.aliases]).join('\n'),
  };
  const facts: DocumentFacts = {
    tags: [...new Set([...entry.tags, ...entry.highlightTags].map((tag) => tag.toLowerCase()))],
    site: fold(document.site),
    colors: [...new Set(notes.highlights.map((highlight) => highlight.color))],
    hasNote: Boolean(articleNote) || highlightNotes.some(Boolean),
    publishedAt: entry.publishedAt,
    addedAt: entry.addedAt,
    entities: named.map((entity) => ({
      type: entity.type,
      names: [...new Set([entity.name, ...entity.aliases].map(fold))],
    })),
  };
  return { document, facts };
}

/** "www.bbc.co.uk" from a URL; nothing from a file path. */
function hostOf(source: string): string {
  try {
    return /^https?:/i.test(source) ? new URL(source).hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}
