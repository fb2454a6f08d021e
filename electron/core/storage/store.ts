/**
 * What the library needs from storage. `openStore` (storage/open-store.ts) implements it.
 *
 * Layout on disk (DESIGN.md, "Storage"; README.md here): a small index of article entries, one
 * immutable content file and one notes file per article, an entity cache per article, rotating
 * backups. A highlight, note or entry write touches only that article's notes file (which also
 * keeps the entry's user fields: tags, progress, title edits); the index is a cache of the
 * article folders, written lazily and verified at start-up.
 */
import type { FileStamp } from './durable-write';
import type {
  ArticleSummary,
  Backup,
  Block,
  Entity,
  EntityMention,
  InlineMark,
  Notice,
  Settings,
} from '../../contract/model';
import type { MediaFile } from '../images';
import type { TrashedFolder } from './trash-bin';
import type { ArticleNotes, Change, ChangeRecord, EntityLibrary } from '../changes/records';

export type { ArticleNotes, EntityLibrary, EntityNoteRecord, StoredHighlight } from '../changes/records';

/** The index entry of one article: its summary plus the tags used on its highlights. */
export interface ArticleEntry extends ArticleSummary {
  /** Tags used on this article's highlights (for `tags/list` and search), derived from notes. */
  highlightTags: string[];
  /** SHA-256 (hex) of the file it was imported from, kept in its folder (`keepSource`). */
  sourceHash?: string;
}

/** The file an article was imported from, as kept in its folder. */
export interface KeptSource {
  /** Its extension without the dot ("pdf", "html"). */
  extension: string;
  bytes: Uint8Array;
  /**
   * Writing: the kept image (its media name) each image address in the file became. Reading:
   * those images' bytes by the same addresses (the ones still kept), so a text made again from
   * the file shows its images.
   */
  images?: ReadonlyMap<string, string>;
  imageBytes?: ReadonlyMap<string, Uint8Array>;
}

/** Immutable article content, written once at import. */
export interface ArticleContent {
  id: string;
  text: string;
  blocks: Block[];
  marks: InlineMark[];
}

/** Detection output cached with the article; recomputed when `detectorVersion` changes. */
export interface EntityCache {
  detectorVersion: string;
  mentions: EntityMention[];
  entities: Entity[];
}

/** The index fields a caller may change: highlightCount and highlightTags follow the notes. */
export type EntryPatch = Partial<Omit<ArticleEntry, 'id' | 'highlightCount' | 'highlightTags'>>;

/** A change as the store applied it: its record, the change that undoes it, and the notes after. */
export interface Applied {
  record: ChangeRecord;
  /** Null when the change changed nothing that could be put back. */
  inverse: Change | null;
  /** For a change of an article's notes: the notes as now on disk. */
  notes?: ArticleNotes;
}

export type ChangeListener = (applied: Applied) => void;

export interface Store {
  readonly dataDir: string;
  /** The device id this library's records carry. */
  readonly device: string;
  readonly schemaVersion: number;
  /** True when the data dir held no library before this open (nothing to rebuild): import seeds. */
  readonly isNew: boolean;
  /**
   * Messages about repairs (a corrupt file set aside, a backup restored), kept in the data dir
   * until dismissed: the newest 50, across restarts.
   */
  notices(): Notice[];
  /** Resolves once the notice is removed from disk too. */
  dismissNotice(id: string): Promise<void>;

  /** All index entries, from memory, in no particular order. Entries are frozen: copy to change. */
  list(): ArticleEntry[];
  entry(id: string): ArticleEntry | undefined;
  /**
   * A number that grows with every change to the entries (one added, replaced or removed): a
   * cheap "did anything in `list()` change since?" for a reader that would otherwise compare
   * every entry.
   */
  revision(): number;
  /**
   * The ids of the entries added, replaced or removed since `revision`, or null when that is
   * too long ago to say (then compare every entry).
   */
  changedSince(revision: number): string[] | null;
  /**
   * The stamp of the article's notes files (the snapshot and its log) as last read or written,
   * from memory (start-up checks every one against the disk), or null when unknown: a cheap
   * "did the notes change?".
   */
  notesStamp(id: string): FileStamp | null;

  /**
   * Apply one change (records.ts): written durably first, then memory follows, then every
   * listener is told, synchronously, in order. A change whose target is missing is refused
   * (not-found) and nothing is written. `article/imported` comes only from `addArticle`.
   */
  apply(change: Change): Promise<Applied>;
  /** Hear every applied change; returns the unsubscribe. */
  subscribe(listener: ChangeListener): () => void;

  /**
   * Add an article: its images (`media`, every one its figures show), then its content, empty
   * notes, index entry (an `article/imported` record). A crash part way leaves no article that
   * shows a missing image: the images go first, and a folder with no more than them is swept.
   */
  addArticle(entry: ArticleEntry, content: ArticleContent, media?: readonly MediaFile[]): Promise<void>;
  /** Move an article to the trash (an `article/deleted` record; `article/restored` undoes it). */
  deleteArticle(id: string): Promise<void>;
  /** The articles in the trash, newest deletion first. */
  trashed(): Promise<TrashedFolder[]>;
  /** Remove an article from the trash for good (no record: its `article/deleted` stays the tombstone). */
  purgeTrashed(id: string): Promise<void>;
  /**
   * Change index fields of an article (title, tags, progress...). Stored durably with the
   * article's notes (the index is only a cache); resolves with the updated entry.
   */
  updateEntry(id: string, patch: EntryPatch): Promise<ArticleEntry>;

  readContent(id: string): Promise<ArticleContent>;
  /**
   * The article's content, or null (the reason in `lost`) when its `article.json` is missing or
   * damaged: the notes and highlights are still there to read and export.
   */
  readContentIfReadable(id: string): Promise<{ content: ArticleContent } | { lost: string }>;
  /**
   * Write the article's content anew (same id), as after restoring it from its kept source; new
   * images it shows (`media`) are written first (those already kept need not be given again).
   * `dropUnusedMedia` (a new version): afterwards, the kept images it no longer shows are removed.
   */
  replaceContent(
    id: string,
    content: ArticleContent,
    media?: readonly MediaFile[],
    options?: { dropUnusedMedia?: boolean },
  ): Promise<void>;
  /** Keep the file an article was imported from in its folder (written durably). */
  keepSource(id: string, source: KeptSource): Promise<void>;
  /** The kept source file, or null when there is none (articles imported before Gloss kept them). */
  readSource(id: string): Promise<KeptSource | null>;
  /** The notes as on disk, frozen (shared with the store's memory): copy to change. */
  readNotes(id: string): Promise<ArticleNotes>;
  /**
   * The notes as last written to disk, read without loading (and caching) the article's notes
   * file: for readers of every article at once (search), which would otherwise push the
   * articles being worked on out of the cache. A file that needs repair or migration is read
   * through `readNotes`. Changes still being written are not in it yet.
   */
  peekNotes(id: string): Promise<ArticleNotes>;

  readEntityCache(id: string): Promise<EntityCache | null>;
  writeEntityCache(id: string, cache: EntityCache): Promise<void>;

  /** The library's entity rules and entity notes, from memory; frozen: change them with `apply`. */
  entityLibrary(): EntityLibrary;

  settings(): Settings;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;

  /** Tag colors by lower-cased tag name. */
  tagColors(): Record<string, string>;
  /** Set (or with null, clear) a tag's color. */
  setTagColor(name: string, color: string | null): Promise<void>;

  /** Backups of the index, newest first. */
  listBackups(): Promise<Backup[]>;
  /**
   * Restore the index from a backup (the current one is backed up first): settings and tag
   * colors come back; article entries are re-checked against the article folders.
   */
  restoreBackup(id: string): Promise<void>;

  /** Write everything pending now, the lazily written index included. */
  flush(): Promise<void>;
  /** Fold the notes logs into their snapshots, flush lazy writes, and release the data directory. */
  close(): Promise<void>;
}
