/**
 * The value lists the data model's types are derived from: the one place each list lives
 * (Signal Desktop's `as const` pattern). The core's schemas, the storage and the renderer all
 * read them from here. Plain constants, no imports: safe for every layer to import as values.
 */

/** The colors of a user highlight, in the order the reader offers them (keys 1–5). */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

/** What an entity mention can be, in the order the reader's legend and Entities tab list them. */
export const ENTITY_TYPES = ['person', 'organization', 'place', 'group', 'event', 'date'] as const;

/** The palette a tag can be colored from (the renderer maps each to light and dark shades). */
export const TAG_COLORS = [
  'gray',
  'red',
  'orange',
  'yellow',
  'green',
  'teal',
  'blue',
  'purple',
  'pink',
] as const;

/**
 * The kinds of block an article is made of. `rule` and `figure` may have empty text (a figure's
 * text is its caption); every other block has text.
 */
export const BLOCK_KINDS = [
  'heading',
  'paragraph',
  'quote',
  'list-item',
  'code',
  'table',
  'figure',
  'caption',
  'rule',
] as const;

/**
 * The image formats Gloss keeps with an article (sniffed from the bytes, never trusted from a
 * name or header). SVG is not among them: it can carry scripts and fetch other resources.
 */
export const IMAGE_KINDS = ['png', 'jpeg', 'gif', 'webp', 'avif'] as const;

/** Inline formatting over an article's text (`InlineMark.kind`). */
export const MARK_KINDS = ['link', 'emphasis', 'strong', 'code', 'sub', 'sup', 'strike'] as const;

/** What Gloss imports, and the file extensions (lower case, with the dot) of each format. */
export const IMPORT_FORMATS = {
  text: ['.txt'],
  markdown: ['.md', '.markdown'],
  html: ['.html', '.htm'],
  pdf: ['.pdf'],
} as const;

/** The themes the reader can follow. */
export const THEMES = ['system', 'light', 'dark'] as const;

/** How exported highlights carry the entities they contain. */
export const EXPORT_ENTITY_STYLES = ['none', 'tags', 'links'] as const;

/**
 * Where an article stands in the reading workflow: new in the inbox, kept for later, or done
 * with and archived. In the order the library's tabs and the reader's buttons show them.
 */
export const READING_STATES = ['inbox', 'later', 'archive'] as const;

/**
 * How the library list can be ordered (`articles/list {sort}`), in the order its sort menu
 * offers them: date added and date published newest first, title A to Z, reading progress and
 * number of highlights most first.
 */
export const ARTICLE_SORTS = ['added', 'published', 'title', 'progress', 'highlights'] as const;

/** Where an entity correction holds: this article only, or every article (a library rule). */
export const CORRECTION_SCOPES = ['article', 'library'] as const;

/**
 * Filters typed in the library search box as `name:value` (`has:note`, `in:highlights`,
 * `in:notes`; dates as YYYY, YYYY-MM or YYYY-MM-DD), in the order the box offers them as chips.
 */
export const SEARCH_FILTERS = [
  'tag',
  'person',
  'place',
  'org',
  'entity',
  'site',
  'color',
  'has',
  'before',
  'after',
  'in',
] as const;

/** The kinds of change a library records (every write is one; core/changes/records.ts). */
export const CHANGE_TYPES = [
  'highlight/created',
  'highlight/updated',
  'highlight/deleted',
  'note/saved',
  'correction/added',
  'correction/removed',
  'article/updated',
  'settings/updated',
  'tag/colored',
  'article/imported',
  'article/deleted',
  'article/restored',
  'rule/added',
  'rule/updated',
  'rule/removed',
  'entity-note/saved',
] as const;

/**
 * The reader's text settings: the range each offers, its step and its default. Text size in
 * CSS pixels, line width in characters (`ch`), line spacing as a multiple of the text size.
 */
export const READER_TEXT = {
  fontSize: { min: 14, max: 28, step: 1, default: 19 },
  lineWidth: { min: 40, max: 100, step: 2, default: 68 },
  lineSpacing: { min: 1.2, max: 2.2, step: 0.1, default: 1.7 },
} as const;
