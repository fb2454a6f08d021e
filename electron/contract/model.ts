/**
 * The data model shared by the core and the renderer. Types only.
 *
 * Offsets (`start`, `end`) are UTF-16 code units into an article's plain `text`, end exclusive.
 */

/** The kinds of block an article is made of. */
export type BlockKind = 'heading' | 'paragraph' | 'quote' | 'list-item' | 'caption';

/** One block of article text. `start`/`end` locate it inside the article's `text`. */
export interface Block {
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
}

/** What the library index keeps about an article: enough for the library view. */
export interface ArticleSummary {
  id: string;
  title: string;
  byline: string | null;
  /** The file path or URL the article came from. */
  source: string;
  /** ISO date (YYYY-MM-DD) or date-time, when known. */
  publishedAt: string | null;
  /** ISO date-time. */
  addedAt: string;
  tags: string[];
  highlightCount: number;
  wordCount: number;
  /** Reading progress, 0..1. */
  progress: number;
}

/** The whole article as the reader shows it. */
export interface ArticleView extends ArticleSummary {
  /** Blocks joined by "\n\n". */
  text: string;
  blocks: Block[];
  /** Entity mentions in document order (corrections applied). Empty while detection runs. */
  entities: EntityMention[];
  /** The entities those mentions refer to. */
  entityList: Entity[];
  entityState: EntityState;
  highlights: Highlight[];
  note: Note;
}

/** Whether entity detection for an article is done. */
export type EntityState =
  | { status: 'ready' }
  | { status: 'running'; /** 0..1 */ progress: number }
  | { status: 'failed'; message: string };

export type EntityType = 'person' | 'organization' | 'place' | 'event' | 'group' | 'date';

/** One occurrence of an entity in the text. */
export interface EntityMention {
  start: number;
  end: number;
  type: EntityType;
  /** The mention as written, `text.slice(start, end)`. */
  text: string;
  entityId: string;
}

/** A date resolved against the article's publication date. */
export interface ResolvedDate {
  /** "2024-04-09", "2024-03" or "2024", to the precision the text gives. */
  value: string;
  granularity: 'day' | 'month' | 'year';
}

/** An entity: all mentions of one person, place, ... grouped under one canonical name. */
export interface Entity {
  /** Stable within an article for the same canonical name and type, e.g. "person:sergey-lavrov". */
  id: string;
  name: string;
  type: EntityType;
  /** Every distinct surface form seen in the article. */
  aliases: string[];
  mentionCount: number;
  /** Dates only. */
  date?: ResolvedDate;
  /** True when the user added, retyped or merged it. */
  corrected?: boolean;
}

/** A user correction to detection. Stored with the article; wins over detection. */
export type EntityCorrection =
  | { kind: 'reject'; entityId: string; name: string }
  | { kind: 'retype'; entityId: string; name: string; type: EntityType }
  | { kind: 'merge'; entityId: string; intoEntityId: string }
  | { kind: 'add'; start: number; end: number; type: EntityType };

export interface StoredEntityCorrection {
  id: string;
  createdAt: string;
  correction: EntityCorrection;
}

export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink' | 'purple';

/** A rich-text note: the Lexical editor state and the Markdown it converts to. */
export interface Note {
  markdown: string;
  /** Serialized Lexical editor state (JSON string); null when the note was set as Markdown only. */
  editorState: string | null;
  updatedAt: string | null;
}

/** How a highlight was found in the current text (Hypothesis-style re-anchoring). */
export type AnchorStatus = 'position' | 'quote' | 'fuzzy' | 'orphan';

/** A user highlight, flattened for the renderer: selectors plus where it anchors now. */
export interface Highlight {
  id: string;
  articleId: string;
  color: HighlightColor;
  /** Where it anchors in the current text (meaningless when `anchor` is 'orphan'). */
  start: number;
  end: number;
  /** W3C TextQuoteSelector. */
  exact: string;
  prefix: string;
  suffix: string;
  anchor: AnchorStatus;
  note: Note;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

/** The colors a tag can be given (the renderer maps each to light and dark shades). */
export type TagColor = 'gray' | 'red' | 'orange' | 'yellow' | 'green' | 'teal' | 'blue' | 'purple' | 'pink';

/** A tag in use, with its color and how many articles carry it (on the article or on its highlights). */
export interface Tag {
  name: string;
  color: TagColor | null;
  count: number;
}

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  theme: Theme;
  /** Entity types whose highlights are hidden in the reader. */
  hiddenEntityTypes: EntityType[];
  /** Whether exported highlights that contain entities carry them as tags, wiki links, or not at all. */
  exportEntities: 'none' | 'tags' | 'links';
}

/** A message for the user about something the library did on its own (a repair, a restore). */
export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  message: string;
  createdAt: string;
}

export interface LibraryStatus {
  dataDir: string;
  schemaVersion: number;
  /** The largest file `import/file` accepts, in bytes. */
  maxImportBytes: number;
  articleCount: number;
  notices: Notice[];
}

export interface Backup {
  id: string;
  createdAt: string;
  articleCount: number;
  bytes: number;
}

/** Where an entity is mentioned across the library. */
export interface EntityIndexEntry {
  name: string;
  type: EntityType;
  articles: {
    articleId: string;
    title: string;
    mentionCount: number;
    firstMention: { start: number; end: number };
  }[];
}

/** Where a library search matched: an article's title or tag, or something the reader wrote. */
export type SearchMatchKind = 'title' | 'tag' | 'article-note' | 'highlight' | 'highlight-note';

/** One match of `search/query`: plain text around it, never HTML. */
export interface SearchMatch {
  kind: SearchMatchKind;
  /** The highlight matched (its quote, note or one of its tags); absent for title, article tag, article note. */
  highlightId?: string;
  /** The highlight's color, for a highlight's match. */
  color?: HighlightColor;
  /** Plain text around the match (a tag's name, a title, or an excerpt with "…" where it was cut). */
  snippet: string;
  /** The matched range in `snippet`, UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
}

/** The matches in one article, in rank order: title and tags, then highlights and notes. */
export interface SearchArticle {
  articleId: string;
  title: string;
  addedAt: string;
  matches: SearchMatch[];
  /** All matches in the article; `matches` holds at most the first few. */
  matchCount: number;
}

export interface SearchResults {
  /** The query as searched (trimmed). */
  query: string;
  articles: SearchArticle[];
  /** True when more articles matched than `limit`. */
  truncated: boolean;
}
