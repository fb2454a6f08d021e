/**
 * The Gloss API: one map from method name to `(params) => Promise<result>`.
 *
 * It is the single source of truth for both sides. The core implements it (`createLibrary`),
 * the Electron preload and browser mode's `POST /rpc` carry it unchanged, and the renderer
 * calls it through its Api client. Every call is validated in the core before it runs; a
 * failure rejects with an `ApiError` (`{ code, message }`), never a stack trace.
 */
import type {
  AnnotationImport,
  ArticleSort,
  ArticleRule,
  CorrectionScope,
  EntityRule,
  StoredEntityRule,
  NotebookPage,
  ArticleSummary,
  ImportedArticle,
  ArticleView,
  Backup,
  Entity,
  EntityCorrection,
  EntityIndexEntry,
  MentionColumns,
  EntityPage,
  EntityState,
  EntityType,
  Highlight,
  HighlightColor,
  HistoryAnswer,
  LibraryStatus,
  NewVersion,
  Note,
  ReadingState,
  SearchResults,
  Settings,
  StoredEntityCorrection,
  Tag,
  TagColor,
  TrashedArticle,
} from './model';
import type { AnnotationCollection } from './web-annotation';

/** A note as the renderer sends it: Markdown, plus the Lexical state when edited in Gloss. */
export interface NoteInput {
  markdown: string;
  editorState?: string | null;
  /**
   * The `updatedAt` of the note this edit started from (null: it had never been saved). When
   * given and the stored note has changed since, the write is refused with `conflict`.
   */
  basedOn?: string | null;
}

/** An article's entities, once detection is done (corrections applied). */
export interface ArticleEntities {
  state: EntityState;
  /** The mentions, as columns over `entityList` (see MentionColumns). */
  mentions: MentionColumns;
  entityList: Entity[];
  corrections: StoredEntityCorrection[];
  /** The library rules that changed this article's entities, or that the article switched off. */
  rules: ArticleRule[];
}

export interface Api {
  /** Where the library lives, its schema version, and notices about repairs made on open. */
  'library/status': (params: Record<string, never>) => Promise<LibraryStatus>;

  /** Dismiss a notice shown by `library/status`. */
  'library/dismissNotice': (params: { id: string }) => Promise<{ ok: true }>;

  /**
   * Articles in the library, in the order `sort` names (default `added`: most recently added
   * first; see ARTICLE_SORTS; ties newest added first). `tag` keeps articles tagged with it
   * (case-insensitive); `query` keeps articles whose title, byline or source contains it;
   * `state` keeps articles in that reading state.
   */
  'articles/list': (params: {
    tag?: string;
    query?: string;
    sort?: ArticleSort;
    state?: ReadingState;
  }) => Promise<ArticleSummary[]>;

  /** One article with its text, blocks, entities, highlights and article note. */
  'articles/get': (params: { id: string }) => Promise<ArticleView>;

  /**
   * Move an article (`id`) or several (`ids`, one step of undo), with their notes and
   * highlights, to the trash: out of the library, kept 30 days (`trash/list`), restorable whole
   * (`trash/restore`, or `history/undo`). Every id is checked first: one that is not in the
   * library refuses the call and nothing moves.
   */
  'articles/delete': (params: { id: string } | { ids: string[] }) => Promise<{ ok: true }>;

  /**
   * Move articles to the inbox, to later, or to the archive. Every id is checked first: one
   * that is not in the library refuses the call and changes nothing.
   */
  'articles/setReadingState': (params: { ids: string[]; state: ReadingState }) => Promise<{ ok: true }>;

  /** The trash: deleted articles, newest deletion first. Those past their 30 days are removed first. */
  'trash/list': (params: Record<string, never>) => Promise<TrashedArticle[]>;

  /**
   * Put articles back from the trash, as they were (notes, highlights, tags, reading state).
   * Every id is checked first: one not in the trash refuses the call and nothing moves.
   */
  'trash/restore': (params: { ids: string[] }) => Promise<{ restored: ArticleSummary[] }>;

  /** Remove articles from the trash for good: `ids`, or with none given everything in it. */
  'trash/purge': (params: { ids?: string[] }) => Promise<{ purged: number }>;

  /** Remember how far the user has read (0..1). */
  'articles/setProgress': (params: { id: string; progress: number }) => Promise<{ ok: true }>;

  /**
   * Highlight `text.slice(start, end)` of an article. The core computes the quote selector
   * (exact, prefix, suffix) from the text. Default color: yellow.
   */
  'highlights/create': (params: {
    articleId: string;
    start: number;
    end: number;
    color?: HighlightColor;
  }) => Promise<Highlight>;

  /** Change a highlight's color, note and/or tags. Omitted fields stay as they are. */
  'highlights/update': (params: {
    articleId: string;
    id: string;
    color?: HighlightColor;
    note?: NoteInput;
    tags?: string[];
  }) => Promise<Highlight>;

  /** Delete a highlight. Returns it whole, so the UI can undo with `highlights/restore`. */
  'highlights/delete': (params: { articleId: string; id: string }) => Promise<Highlight>;

  /** Put back a highlight returned by `highlights/delete` (same id, note and tags). */
  'highlights/restore': (params: { highlight: Highlight }) => Promise<Highlight>;

  /**
   * The notebook: highlights across the library, newest first, that pass every filter given:
   * `tag` (on the highlight, case-insensitive), `color`, `entity` (its canonical name, any case,
   * and type: highlights that contain a mention of it), `articleId`, `after`/`before` (the day
   * it was made, YYYY-MM-DD, inclusive), `hasNote`. `limit` (default 100, at most 500) from
   * `offset`; `total` counts them all.
   */
  'highlights/list': (params: {
    tag?: string;
    color?: HighlightColor;
    entity?: { name: string; type: EntityType };
    articleId?: string;
    after?: string;
    before?: string;
    hasNote?: boolean;
    limit?: number;
    offset?: number;
  }) => Promise<NotebookPage>;

  /** Highlights picked in the notebook as one Markdown file: quotes, notes and tags, by article. */
  'export/highlights': (params: { highlights: { articleId: string; id: string }[] }) => Promise<{
    fileName: string;
    markdown: string;
  }>;

  /**
   * An article's notes as stored now: its own note and its highlights (anchored, as in
   * `articles/get`), without the text. A window reads it after another window changed them.
   */
  'notes/get': (params: { articleId: string }) => Promise<{ note: Note; highlights: Highlight[] }>;

  /** Save the article's own note. */
  'notes/save': (params: { articleId: string; note: NoteInput }) => Promise<Note>;

  /**
   * Replace the tags of an article, or of one of its highlights when `highlightId` is given.
   * Tags are trimmed, deduplicated case-insensitively, and keep the spelling first used.
   */
  'tags/set': (params: { articleId: string; highlightId?: string; tags: string[] }) => Promise<{
    tags: string[];
  }>;

  /**
   * Add one tag to many articles, or highlights (`highlightId`), in one call (one step of undo);
   * those that have it already (any case) are left as they are. Every target is checked first:
   * one that is gone refuses the call and nothing changes. `tagged`: how many got the tag.
   */
  'tags/add': (params: { targets: { articleId: string; highlightId?: string }[]; tag: string }) => Promise<{
    tagged: number;
  }>;

  /**
   * Undo this window's latest change (the window's id is sent with every call; a script's calls
   * share one history). A call is one step: a bulk action (tags on many articles, a bulk move or
   * delete) undoes whole. The undo is applied as changes of its own, written and told to every
   * window as any change is. A step whose articles, highlights, notes, tags or rules were
   * changed since by another window or a script is refused with `conflict` and dropped (nothing
   * changes; the step before it is next). `step: null` when there was nothing to undo.
   */
  'history/undo': (params: Record<string, never>) => Promise<HistoryAnswer>;

  /** Redo the step the latest undo took back; a new change after an undo clears what can be redone. */
  'history/redo': (params: Record<string, never>) => Promise<HistoryAnswer>;

  /** Every tag in use, with counts and colors; for suggestions and the library's tag filter. */
  'tags/list': (params: Record<string, never>) => Promise<Tag[]>;

  /** Give a tag a color, or take it away with null. The tag's name matches case-insensitively. */
  'tags/setColor': (params: { name: string; color: TagColor | null }) => Promise<Tag[]>;

  /**
   * Fetch a web page (or a PDF or text file) once and import it: `http(s)` only, at most 10
   * redirects, 10 MB and 30 s, no cookies. The article keeps the URL as its source and is read
   * offline from then on. Refused with `unreachable`, `fetch-failed` (404, 500...),
   * `login-required`, `unsupported-file` (not a page, PDF or text) or `too-large`. A page Gloss
   * has already (the same address, ignoring a fragment, tracking parameters, a trailing slash and
   * http vs https) adds nothing: `existing: 'duplicate'` when its text is unchanged, `'changed'`
   * when it differs (then `import/version` or, with `separate: true`, an article of its own).
   */
  'import/url': (params: { url: string; separate?: boolean }) => Promise<ImportedArticle>;

  /**
   * Import a file (`.txt`, `.md`, `.html`, `.pdf`...). `data` is the file's bytes in base64. A
   * binary, empty or oversized file is refused with a specific error and changes nothing. The
   * file is kept in the article's folder; importing the same file again adds nothing: it answers
   * the article it already is (`existing: 'duplicate'`), or restores that article's lost text
   * (`existing: 'reattached'`). `files` are files imported with it, by their path relative to its
   * folder (a saved page's `Page_files/…`, the images next to a `.md`): the images its figures
   * name are kept from them (a path out of the folder never is). A file of which Gloss has an
   * earlier version (the same web address, as `import/url`; without one, the same file name and
   * title) whose text differs adds nothing either: it answers that article with
   * `existing: 'changed'`, unless `separate: true` asks for an article of its own.
   */
  'import/file': (params: {
    name: string;
    data: string;
    files?: { path: string; data: string }[];
    separate?: boolean;
  }) => Promise<ImportedArticle>;

  /**
   * Make an article's text again from the file it was imported from (kept in its folder), when
   * its `article.json` was lost or damaged. Highlights anchor again by their quotes. `not-found`
   * when no file was kept (articles imported before Gloss kept them: import the file again).
   */
  'articles/restoreText': (params: { id: string }) => Promise<{ ok: true }>;

  /**
   * Import a new version of an article Gloss already has (a page that was updated, a file
   * edited since), from a file (`name`, `data` in base64, as `import/file`) or a URL (as
   * `import/url`), with the `files` that come with the file as for `import/file` (its images).
   * The article keeps its id, notes, title edits, tags and reading state; its text, blocks,
   * marks, images, word count and metadata become the new version's (the images only the old
   * version showed are removed). Highlights are re-anchored (position, then exact quote, then
   * fuzzy quote with prefix and suffix) and moved to where they are now; those no longer in the
   * text stay, with their quote and note, as orphans (`anchor: 'orphan'`), listed in the answer.
   * The new file becomes the kept source. Not undoable. Refused like `import/file` / `import/url`, or `not-found` when the
   * article is gone; a refused version changes nothing.
   */
  'import/version': (
    params:
      | { articleId: string; name: string; data: string; files?: { path: string; data: string }[] }
      | { articleId: string; url: string },
  ) => Promise<NewVersion>;

  /**
   * Full-text search of the library: titles, bylines, sites, article text, article notes,
   * highlight quotes and notes, tags, and the names (with aliases) of entities articles
   * mention. Ranked by relevance (BM25; title and highlight matches weigh more); every word must
   * match, as a prefix (as you type) and, from 5 letters, with a typo; `"quoted phrases"` match
   * whole; case and accents are ignored. Filters in the query: `tag:`, `person:`, `place:`,
   * `org:`, `entity:` (canonical name or alias: `person:Lavrov` finds "Sergei Lavrov"), `site:`,
   * `color:`, `has:note`, `before:`/`after:` (published, YYYY[-MM[-DD]]), `in:highlights`,
   * `in:notes`; a value with spaces in quotes. An unknown filter value is refused with why.
   * `query` is trimmed and 1–200 characters; at most `limit` articles (default 50, at most
   * 500). Each match is plain text (`snippet`, never HTML) with the matched range as offsets;
   * highlight matches carry the highlight's id, text matches the offset (`at`) to open the
   * article there. `tag` keeps only articles tagged with it, as `tag:` does.
   */
  'search/query': (params: { query: string; limit?: number; tag?: string }) => Promise<SearchResults>;

  /** The article's notes as one Markdown file (YAML front matter + CommonMark). */
  'export/markdown': (params: { articleId: string }) => Promise<{ fileName: string; markdown: string }>;

  /**
   * Highlights as W3C Web Annotations (JSON-LD, the Web Annotation Data Model): one
   * AnnotationCollection with every annotation in an embedded page. Each targets the article's
   * address (its URL, its file as a `file:` URL, else `urn:gloss:article:<id>`) with a
   * TextQuoteSelector and, when it anchors, a TextPositionSelector; its note is a `text/markdown`
   * TextualBody, each tag a `tagging` body, its color a `styleClass`. All articles, or `articleIds`.
   */
  'export/annotations': (params: { articleIds?: string[] }) => Promise<AnnotationCollection>;

  /**
   * Import Web Annotations (a collection, a page, a list or one annotation; Hypothesis API JSON
   * too) from the JSON text `data`. Each is attached to the article whose address its target
   * names, re-anchored (position, exact quote, fuzzy quote with prefix and suffix); one that no
   * longer anchors is kept as an orphan, with its quote and note, and listed.
   */
  'import/annotations': (params: { data: string }) => Promise<AnnotationImport>;

  /**
   * The library, or the articles `articleIds`, as a `.zip` of Markdown (base64 in `data`):
   * `Articles/<title>.md` per article (the same Markdown as `export/markdown`, unique names),
   * and with `entityNotes` one note per person, organization and place (`People/`,
   * `Organizations/`, `Places/`) listing the articles and highlights that mention it, linked
   * both ways with `[[…]]`. `skipped` names articles whose text could not be read.
   */
  'export/library': (params: { articleIds?: string[]; entityNotes?: boolean }) => Promise<{
    fileName: string;
    data: string;
    articleCount: number;
    skipped: string[];
  }>;

  /** An article's entities; `state.status` is 'running' (with progress) while detection runs. */
  'entities/get': (params: { articleId: string }) => Promise<ArticleEntities>;

  /**
   * Record a correction to detection; returns the article's entities with it applied. `scope`
   * 'article' (the default) stores it with this article; 'library' turns it into a library rule
   * (by the entity's name) that holds in every article on its next render, made from this
   * article's entities: reject → never mark the name, retype or add → the name is always that
   * type, merge → the name is the same entity as the other. An `exempt` correction switches a
   * library rule off in this article (article scope only).
   */
  'entities/correct': (params: {
    articleId: string;
    correction: EntityCorrection;
    scope?: CorrectionScope;
  }) => Promise<ArticleEntities>;

  /** Keep a note on an entity (by type and canonical name, any case); an empty note removes it. */
  'entities/saveNote': (params: { name: string; type: EntityType; note: NoteInput }) => Promise<Note>;

  /** Add a library rule (as `entities/correct` with scope 'library' makes one); returns every rule. */
  'entities/addRule': (params: { rule: EntityRule }) => Promise<StoredEntityRule[]>;

  /** The library rules, oldest first. */
  'entities/rules': (params: Record<string, never>) => Promise<StoredEntityRule[]>;

  /** Change a library rule (its kind, name, type or target); returns every rule. */
  'entities/updateRule': (params: { id: string; rule: EntityRule }) => Promise<StoredEntityRule[]>;

  /** Delete a library rule; returns it whole (pass it to `entities/restoreRule` to undo). */
  'entities/deleteRule': (params: { id: string }) => Promise<StoredEntityRule>;

  /** Put back a rule returned by `entities/deleteRule` (same id); returns every rule. */
  'entities/restoreRule': (params: { rule: StoredEntityRule }) => Promise<StoredEntityRule[]>;

  /** Undo a stored correction. */
  'entities/uncorrect': (params: { articleId: string; correctionId: string }) => Promise<ArticleEntities>;

  /**
   * The page of an entity (canonical name, any case, and type) across the library: every
   * article that mentions it, newest first, with its first passages; a timeline of the articles'
   * dates and of the dates mentioned near it; the entities mentioned most often with it; its
   * aliases (and the rules that added some); the user's note on it. An entity no article
   * mentions has an empty page (its note still shows).
   */
  'entities/page': (params: { name: string; type: EntityType }) => Promise<EntityPage>;

  /** Articles across the library that mention the entity with this canonical name and type. */
  'entities/articles': (params: { name: string; type: EntityType }) => Promise<EntityIndexEntry>;

  'settings/get': (params: Record<string, never>) => Promise<Settings>;

  /** Change some settings; returns them all. */
  'settings/update': (params: Partial<Settings>) => Promise<Settings>;

  /** Backups of the library index, newest first. */
  'backups/list': (params: Record<string, never>) => Promise<Backup[]>;

  /**
   * Restore the library index from a backup. The current index is backed up first. Settings
   * and tag colors come back from the backup; articles, highlights and notes stay as they are
   * now (entries are re-checked against the article folders, so nothing is lost or doubled).
   */
  'backups/restore': (params: { id: string }) => Promise<LibraryStatus>;
}

export type ApiMethod = keyof Api;
export type ApiParams<M extends ApiMethod> = Parameters<Api[M]>[0];
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<Api[M]>>;
