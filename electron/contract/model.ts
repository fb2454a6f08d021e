/**
 * The data model shared by the core and the renderer. Types only (the value lists they are
 * derived from live in `values.ts`).
 *
 * Offsets (`start`, `end`) are UTF-16 code units into an article's plain `text`, end exclusive.
 * Formatting never changes the text: blocks and inline marks only say how to show a range of it,
 * so everything that works on offsets (entities, highlights, anchoring, search, export) is
 * untouched by it.
 */
import type {
  ARTICLE_SORTS,
  READING_STATES,
  BLOCK_KINDS,
  CORRECTION_SCOPES,
  ENTITY_TYPES,
  EXPORT_ENTITY_STYLES,
  HIGHLIGHT_COLORS,
  IMPORT_FORMATS,
  MARK_KINDS,
  TAG_COLORS,
  THEMES,
} from './values';
import type { ChangeType } from './server-events';

/** The kinds of block an article is made of. */
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** What was imported: plain text, Markdown, a web page (a file or a URL), or a PDF. */
export type ImportFormat = keyof typeof IMPORT_FORMATS;

/** What every block has. `start`/`end` locate its text inside the article's `text`. */
interface BlockBase {
  text: string;
  start: number;
  end: number;
  /** PDF only: the page (1-based) the block starts on. */
  page?: number;
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  /** 1 (the largest) to 6, as HTML's h1–h6. The article title is not a block. */
  level: 1 | 2 | 3 | 4 | 5 | 6;
}

export interface ListItemBlock extends BlockBase {
  kind: 'list-item';
  ordered: boolean;
  /** Nesting: 0 for a top-level item, 1 for an item of a list inside it, ... */
  depth: number;
  /** An ordered item's number as the source shows it (lists may start at any number). */
  number?: number;
}

export interface CodeBlock extends BlockBase {
  kind: 'code';
  /** The language the source names (```ts, class="language-ts"), when it names one. */
  language?: string;
}

/** A table cell: its text is `text.slice(start, end)` of the article (may be empty). */
export interface TableCell {
  start: number;
  end: number;
  header: boolean;
}

/**
 * A table. Its `text` is its rows joined by "\n", each row its cells joined by "\t", so every
 * cell is a range of the article text.
 */
export interface TableBlock extends BlockBase {
  kind: 'table';
  rows: { cells: TableCell[] }[];
}

/** An image kept with the article, or why it was not kept. */
export interface ArticleImage {
  /**
   * Where Gloss itself serves the stored image, relative to the app's own origin
   * (`media/<articleId>/<file>`); null when it was left out (see `omitted`). Never a remote URL:
   * nothing is fetched when reading.
   */
  src: string | null;
  alt: string;
  width?: number;
  height?: number;
  /** Why the image is not kept (too large, over the article's limit, could not be fetched). */
  omitted?: string;
  /**
   * The image's address on the web (http or https), when the imported page or file named one:
   * what a lone Markdown export links to. Never fetched when reading.
   */
  url?: string;
}

/** A figure: an image with its caption as the block's text (empty when it has none). */
export interface FigureBlock extends BlockBase {
  kind: 'figure';
  image: ArticleImage;
}

/** A paragraph, a quoted paragraph, a stand-alone caption, or a horizontal rule (empty text). */
export interface TextBlock extends BlockBase {
  kind: 'paragraph' | 'quote' | 'caption' | 'rule';
}

/** One block of an article. */
export type Block = HeadingBlock | ListItemBlock | CodeBlock | TableBlock | FigureBlock | TextBlock;

/** A block as the reader gets it: everything but its text, which the article's `text` holds. */
export type BlockView = Block extends infer B ? (B extends Block ? Omit<B, 'text'> : never) : never;

export type MarkKind = (typeof MARK_KINDS)[number];

/**
 * Inline formatting of a range of the text. Marks of one kind never overlap each other; marks
 * of different kinds nest or overlap freely, and never cross a block boundary.
 */
export interface InlineMark {
  start: number;
  end: number;
  kind: MarkKind;
  /** Links only: an absolute `http:`, `https:` or `mailto:` address (others are dropped at import). */
  href?: string;
}

/** What the library index keeps about an article: enough for the library view. */
export interface ArticleSummary {
  id: string;
  title: string;
  byline: string | null;
  /** The file path or URL the article came from. */
  source: string;
  /** The web page's address (its canonical URL when it states one), for pages and URL imports. */
  url: string | null;
  /** The site or publication ("BBC News"), when the page names it. */
  siteName: string | null;
  /** The article's language as a BCP 47 tag ("en", "de-CH"), when known. */
  lang: string | null;
  format: ImportFormat;
  /** ISO date (YYYY-MM-DD) or date-time, when known. */
  publishedAt: string | null;
  /** ISO date-time. */
  addedAt: string;
  tags: string[];
  highlightCount: number;
  wordCount: number;
  /** Reading progress, 0..1. */
  progress: number;
  /** Inbox (new), later, or archive. */
  readingState: ReadingState;
}

export type ReadingState = (typeof READING_STATES)[number];

/** What importing a new version of an article did to its highlights (`import/version`). */
export interface NewVersion {
  /** The article, same id, with the new version's word count and metadata. */
  article: ArticleSummary;
  /** Highlights found again in the new text (by position, exact quote or fuzzy quote). */
  kept: number;
  /** Highlights whose passage is no longer in the text: kept with their quote and note. */
  orphans: { highlightId: string; exact: string; note: string }[];
}

/**
 * One change an undo or redo made, for words like "Restored 3 articles": its kind, the article
 * it concerns (with its title), the fields it set (`article/updated`, `settings/updated`,
 * `highlight/updated`) and, for a move, the reading state it moved to.
 */
export interface HistoryChange {
  type: ChangeType;
  articleId?: string;
  title?: string;
  fields?: string[];
  readingState?: ReadingState;
}

/** What `history/undo` or `history/redo` did (null: there was nothing to do), and what is left. */
export interface HistoryAnswer {
  step: { changes: HistoryChange[] } | null;
  canUndo: boolean;
  canRedo: boolean;
}

/** A deleted article, kept in the trash until `purgeAt` (30 days after it was deleted). */
export interface TrashedArticle {
  id: string;
  /** "Unreadable article" when its notes file cannot be read (restoring repairs what it can). */
  title: string;
  byline: string | null;
  source: string;
  highlightCount: number;
  /** ISO date-time. */
  deletedAt: string;
  /** ISO date-time: when Gloss removes it for good. */
  purgeAt: string;
}

/** The whole article as the reader shows it. */
export interface ArticleView extends ArticleSummary {
  /** Blocks joined by "\n\n". */
  text: string;
  /** The blocks without their text (it is `text.slice(start, end)`): the text is sent once. */
  blocks: BlockView[];
  /** Inline formatting over `text`, sorted by `start`. */
  marks: InlineMark[];
  /**
   * Entity mentions in document order (corrections applied), as columns (`decodeMentions` in
   * contract/codec turns them into `EntityMention`s). Empty while detection runs.
   */
  mentions: MentionColumns;
  /** The entities those mentions refer to. */
  entityList: Entity[];
  entityState: EntityState;
  /** The user's entity corrections (as `entities/get`), so the reader needs no second call. */
  entityCorrections: StoredEntityCorrection[];
  /** The library rules that changed this article's entities (as `entities/get`). */
  entityRules: ArticleRule[];
  highlights: Highlight[];
  note: Note;
  /**
   * Set when the article's text cannot be read (its `article.json` is missing or damaged):
   * `text` is then empty, the highlights are orphans with their quotes, and the notes are all
   * there. `restorable`: Gloss kept the file it was imported from (`articles/restoreText`).
   */
  textLost: { message: string; restorable: boolean } | null;
}

/** What `import/file` and `import/url` answer: the article, and whether the library had it already. */
export interface ImportedArticle extends ArticleSummary {
  /**
   * `duplicate`: the same file (or a page with the same address and text) was imported before,
   * and nothing new was added (this is that article); `reattached`: it was that article's lost
   * text, now restored (highlights kept); `changed`: the library has an earlier version of it
   * (the same web address, or a file of the same name and title) whose text differs, and nothing
   * was added: `import/version` makes it that article's new version, `separate: true` a new article.
   */
  existing?: 'duplicate' | 'reattached' | 'changed';
}

/** Whether entity detection for an article is done. */
export type EntityState =
  | { status: 'ready' }
  | { status: 'running'; /** 0..1 */ progress: number }
  | { status: 'failed'; message: string };

export type EntityType = (typeof ENTITY_TYPES)[number];

/** One occurrence of an entity in the text. */
export interface EntityMention {
  start: number;
  end: number;
  type: EntityType;
  /** The mention as written, `text.slice(start, end)`. */
  text: string;
  entityId: string;
}

/**
 * An article's entity mentions on the wire, in document order: mention `i` runs from `start[i]`
 * to `end[i]` and refers to `entityList[entity[i]]` of the same answer (its type is that
 * entity's, its text `text.slice(start, end)`). Parallel columns of numbers instead of one
 * object per mention: a long article's 24,000 mentions are 0.4 MB of JSON instead of 2.2 MB.
 */
export interface MentionColumns {
  start: number[];
  end: number[];
  /** Index into the answer's `entityList`. */
  entity: number[];
}

/** A date resolved against the article's publication date. */
export interface ResolvedDate {
  /**
   * To the precision the text gives: "2024-04-09" (day), "2024-03" (month), "2024" (year),
   * "2023-Q3" (quarter), "2023-summer" (season: spring, summer, autumn, winter; a winter is
   * named by the year of its December), "1990s" (decade). For a range, its first period.
   */
  value: string;
  granularity: 'day' | 'month' | 'year' | 'quarter' | 'season' | 'decade';
  /** A range's last period, at the same precision ("from 2019 to 2022": value "2019", end "2022"). */
  end?: string;
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
  | { kind: 'add'; start: number; end: number; type: EntityType }
  /** Switch a library rule off in this article. */
  | { kind: 'exempt'; ruleId: string };

/** Where a correction holds: in this article only, or as a rule for every article. */
export type CorrectionScope = (typeof CORRECTION_SCOPES)[number];

/**
 * A correction that holds in every article of the library, matched by name (any case): never
 * mark a name; a name is always of a type (marked wherever it is written, even where detection
 * missed it); a name is the same entity as another (its mentions join `into`, or take its name).
 */
export type EntityRule =
  | { kind: 'reject'; name: string }
  | { kind: 'retype'; name: string; type: EntityType }
  | { kind: 'merge'; name: string; into: string; type: EntityType };

export interface StoredEntityRule {
  id: string;
  createdAt: string;
  updatedAt: string;
  rule: EntityRule;
}

/** A library rule as it bears on one article: it changed something there, or the article switched it off. */
export interface ArticleRule {
  rule: StoredEntityRule;
  /** The article's `exempt` correction that switches the rule off here; null when it applies. */
  exemptionId: string | null;
}

export interface StoredEntityCorrection {
  id: string;
  createdAt: string;
  correction: EntityCorrection;
}

export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

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
  /** PDF only: the page (1-based) the highlight starts on, as `articles/get` and exports give it. */
  page?: number;
  note: Note;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

/** The colors a tag can be given (the renderer maps each to light and dark shades). */
export type TagColor = (typeof TAG_COLORS)[number];

/** A tag in use, with its color and how many articles carry it (on the article or on its highlights). */
export interface Tag {
  name: string;
  color: TagColor | null;
  count: number;
}

export type Theme = (typeof THEMES)[number];

/** How the library list is ordered. */
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

export interface Settings {
  theme: Theme;
  /** Entity types whose highlights are hidden in the reader. */
  hiddenEntityTypes: EntityType[];
  /** Whether exported highlights that contain entities carry them as tags, wiki links, or not at all. */
  exportEntities: (typeof EXPORT_ENTITY_STYLES)[number];
  /** The order the library lists articles in. */
  librarySort: ArticleSort;
  /** The reader's text size in CSS pixels (READER_TEXT gives the range). */
  readerFontSize: number;
  /** The reader's longest line, in characters. */
  readerLineWidth: number;
  /** The reader's line spacing, a multiple of the text size. */
  readerLineSpacing: number;
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
  /** The largest file `import/file` accepts, in bytes, of any format. */
  maxImportBytes: number;
  /** The largest file `import/file` accepts of each format, in bytes (a PDF may be larger than a text). */
  importLimits: Record<ImportFormat, number>;
  /**
   * What an article keeps of its images: the largest image, the most images and the most bytes
   * of images (the files sent with `import/file` are held to them too).
   */
  imageLimits: { maxImageBytes: number; maxImages: number; maxArticleBytes: number };
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

/**
 * Where a library search matched: an article's title or tag, something the reader wrote, the
 * article's text (`body`, also its byline and site), or an entity it mentions (by name or alias).
 */
export type SearchMatchKind =
  'title' | 'tag' | 'article-note' | 'highlight' | 'highlight-note' | 'body' | 'entity';

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
  /** For a `body` or `entity` match: where it is in the article's text, to open the article there. */
  at?: number;
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
  /** Present while the index is being built: answers cover the articles indexed so far. */
  indexing?: SearchIndexing;
}

/** How far a build or catch-up of the search index is: `indexed` of `total` articles read. */
export interface SearchIndexing {
  indexed: number;
  total: number;
}

/** What `import/annotations` did. Lists name at most 200 entries; the counts are complete. */
export interface AnnotationImport {
  /** Highlights created (orphans included: kept with their quote and note). */
  imported: number;
  /** Annotations already in the article (same passage), left as they are. */
  duplicates: number;
  /** Annotations with no text quote to anchor (a whole page, an image region). */
  skipped: number;
  /** Created highlights whose quote is not in the article's text. */
  orphans: { articleId: string; highlightId: string; exact: string; note: string }[];
  orphanCount: number;
  /** Annotations of pages that are not in the library. */
  unmatched: { source: string; exact: string }[];
  unmatchedCount: number;
  /** The articles that gained highlights. */
  articles: { articleId: string; title: string; imported: number }[];
}

/** What an export into a folder did (the Electron app's "Export library", `npm run export`). */
export interface FolderExportReport {
  written: number;
  unchanged: number;
  /** Files left as they are: edited outside Gloss since it wrote them, or never written by Gloss. */
  kept: string[];
  /** True when cancelled part way; what was written so far stays. */
  cancelled: boolean;
  /** Titles of articles left out because their text could not be read. */
  skipped: string[];
}

/** One highlight in the notebook (every highlight across the library), with its article. */
export interface NotebookEntry {
  id: string;
  articleId: string;
  articleTitle: string;
  color: HighlightColor;
  /** The quoted text (the TextQuoteSelector's exact). */
  exact: string;
  note: Note;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

/** What the notebook shows: the highlights that pass its filters, newest first. */
export interface NotebookPage {
  entries: NotebookEntry[];
  /** All that pass the filters; `entries` is the page asked for. */
  total: number;
}

/** A passage that mentions an entity: plain text with the mention's offsets in it. */
export interface EntityMentionContext {
  /** Where the mention is in the article's text (to open the reader at it). */
  start: number;
  snippet: string;
  /** The mention's range in `snippet`. */
  snippetStart: number;
  snippetEnd: number;
}

/** Everything Gloss knows about one entity across the library (`entities/page`). */
export interface EntityPage {
  name: string;
  type: EntityType;
  /** Every surface form seen, across articles ("Sergei Lavrov", "Lavrov"). */
  aliases: string[];
  mentionCount: number;
  /** Newest first (by published date, else date added), each with its first few passages. */
  articles: {
    articleId: string;
    title: string;
    siteName: string | null;
    publishedAt: string | null;
    addedAt: string;
    mentionCount: number;
    contexts: EntityMentionContext[];
  }[];
  /**
   * In date order: when each article was published, and the dates mentioned in the same
   * paragraphs as the entity (resolved against their article's date).
   */
  timeline: {
    /** YYYY, YYYY-MM or YYYY-MM-DD (a range: its start). */
    date: string;
    kind: 'published' | 'mentioned';
    articleId: string;
    /** The article's title, or the date as written ("last September"). */
    label: string;
    /** For a mentioned date: where it is in the article's text. */
    start?: number;
  }[];
  /** The entities mentioned most often with it: in how many of its articles and paragraphs. */
  coMentions: { name: string; type: EntityType; articleCount: number; paragraphCount: number }[];
  /** The user's note on the entity (empty when none). */
  note: Note;
  /** The library rules that make other names this entity ("Lavrov" is the same person): its aliases you added. */
  aliasRules: StoredEntityRule[];
}
