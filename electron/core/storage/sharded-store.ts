import type { Backup, Notice, Settings } from '../../contract/model';
import { GlossError } from '../errors';
import { ArticleFiles } from './article-files';
import { listBackupFiles } from './backups';
import { sameStamp } from './durable-write';
import { emptyNotesFile, entryFields, entryFromNotes } from './entries';
import type { NotesFile } from './file-schemas';
import { assertValidId, SCHEMA_VERSION, type Layout } from './layout';
import type { LibraryIndex } from './library-index';
import type { DataDirLock } from './lock';
import { contentSchema, entryFieldsSchema, notesSchema, settingsSchema } from './model-schemas';
import type { NoticeBoard } from './notice-board';
import { NotesDocs, type NotesDoc } from './notes-docs';
import { removeArticleFolder } from './remove-folder';
import { restoreIndexBackup } from './restore-backup';
import type { ArticleContent, ArticleEntry, ArticleNotes, EntityCache, EntryPatch, Store } from './store';

export interface StoreParts {
  layout: Layout;
  index: LibraryIndex;
  notices: NoticeBoard;
  lock: DataDirLock | null;
  backupsToKeep: number;
  isNew: boolean;
}

const invalid = (what: string) => new GlossError('invalid-params', what);
const notFound = () =>
  new GlossError('not-found', 'That article is not in the library. It may have been deleted.');

/** The Store over the sharded layout. Built by openStore, which verifies the library first. */
export class ShardedStore implements Store {
  readonly schemaVersion = SCHEMA_VERSION;
  readonly dataDir: string;
  readonly isNew: boolean;
  readonly docs: NotesDocs;
  readonly files: ArticleFiles;
  readonly index: LibraryIndex;
  #closed = false;
  /** Ids being added or deleted: writes finishing for them must not (re)create index entries. */
  #gone = new Set<string>();
  #adding = new Set<string>();

  constructor(private readonly parts: StoreParts) {
    const { layout, index, notices } = parts;
    this.dataDir = layout.dataDir;
    this.isNew = parts.isNew;
    this.index = index;
    const title = (id: string) => index.entries.get(id)?.title ?? id;
    const notice = (level: Notice['level'], message: string) => void notices.add(level, message);
    this.files = new ArticleFiles(layout, { title, notice });
    this.docs = new NotesDocs(layout, {
      title,
      notice,
      knownEntry: (id) => {
        const entry = index.entries.get(id);
        return entry && entryFields(entry);
      },
      fallbackEntry: async (id) => {
        const entry = index.entries.get(id);
        return entry ? entryFields(entry) : this.files.importedEntry(id);
      },
      onDisk: (id, file, stamp) => {
        if (this.#gone.has(id)) return;
        if (index.entries.has(id) && sameStamp(index.stamps.get(id), stamp)) return;
        index.set(entryFromNotes(file), stamp);
      },
    });
  }

  notices(): Notice[] {
    return this.parts.notices.list();
  }

  dismissNotice(id: string): void {
    this.parts.notices.dismiss(id);
  }

  list(): ArticleEntry[] {
    return [...this.index.entries.values()];
  }

  entry(id: string): ArticleEntry | undefined {
    return this.index.entries.get(id);
  }

  async addArticle(entry: ArticleEntry, content: ArticleContent): Promise<void> {
    this.#open();
    assertValidId(entry.id);
    if (content.id !== entry.id) throw invalid('The article content belongs to another article id.');
    if (this.index.entries.has(entry.id) || this.#adding.has(entry.id)) {
      throw invalid('An article with this id is already in the library.');
    }
    const fields = entryFieldsSchema.safeParse(entryFields(entry));
    if (!fields.success || !contentSchema.safeParse(content).success)
      throw invalid('The article is incomplete.');
    this.#adding.add(entry.id);
    this.#gone.delete(entry.id);
    try {
      await this.files.create(entry.id, fields.data, content);
      await this.docs.create(entry.id, emptyNotesFile(fields.data));
    } catch (error) {
      // Nothing was acknowledged: leave no half-added article behind.
      this.#gone.add(entry.id);
      this.docs.forget(entry.id);
      if (this.index.entries.has(entry.id)) this.index.delete(entry.id);
      await removeArticleFolder(this.parts.layout, entry.id).catch(() => undefined);
      this.#gone.delete(entry.id);
      throw error;
    } finally {
      this.#adding.delete(entry.id);
    }
  }

  async deleteArticle(id: string): Promise<void> {
    this.#open();
    this.#entry(id);
    this.#gone.add(id);
    this.index.delete(id);
    try {
      await this.docs.release(id);
      await this.files.release(id);
      await removeArticleFolder(this.parts.layout, id);
    } finally {
      this.#gone.delete(id);
    }
  }

  async updateEntry(id: string, patch: EntryPatch): Promise<ArticleEntry> {
    this.#open();
    this.#entry(id);
    const changes = Object.fromEntries(
      Object.entries(patch).filter(
        ([key, value]) => value !== undefined && !['id', 'highlightCount', 'highlightTags'].includes(key),
      ),
    );
    return this.#change(id, (file) => {
      file.entry = { ...file.entry, ...changes, id };
      if (!entryFieldsSchema.safeParse(file.entry).success)
        throw invalid('Those article details are not valid.');
    }).then(() => this.#entry(id));
  }

  async readContent(id: string): Promise<ArticleContent> {
    this.#open();
    this.#entry(id);
    return this.files.readContent(id);
  }

  async readNotes(id: string): Promise<ArticleNotes> {
    this.#open();
    this.#entry(id);
    return this.docs.with(id, (doc) => structuredClone(this.#loaded(id, doc).low.data.notes));
  }

  async updateNotes<T>(id: string, mutate: (notes: ArticleNotes) => T): Promise<T> {
    this.#open();
    this.#entry(id);
    return this.#change(id, (file) => {
      const result = mutate(file.notes);
      // A bad change would make the file unreadable at the next start: refuse it now.
      if (!notesSchema.safeParse(file.notes).success)
        throw new Error(`updateNotes produced invalid notes for ${id}`);
      return result;
    });
  }

  /** Apply `change` to a copy of the notes file, then make it current and write it durably. */
  #change<T>(id: string, change: (file: NotesFile) => T): Promise<T> {
    return this.docs.with(id, (loaded) => {
      const doc = this.#loaded(id, loaded);
      const next = structuredClone(doc.low.data);
      const result = change(next); // throws: nothing changed
      doc.low.data = next; // synchronously right before write(): the write carries it
      return doc.low.write().then(
        () => result,
        (error: unknown) => this.#failed(id, error),
      );
    });
  }

  /** A failed write leaves memory ahead of the disk: reload the file as it is on disk. */
  #failed(id: string, error: unknown): never {
    this.docs.forget(id);
    if (this.index.entries.has(id)) {
      this.index.stamps.set(id, null);
      this.docs.with(id, () => undefined).catch(() => undefined);
    }
    throw error;
  }

  #loaded(id: string, doc: NotesDoc | null): NotesDoc {
    const entry = this.#entry(id);
    if (!doc) throw new GlossError('storage-error', `The notes of "${entry.title}" could not be loaded.`);
    return doc;
  }

  async readEntityCache(id: string): Promise<EntityCache | null> {
    this.#open();
    this.#entry(id);
    return this.files.readEntityCache(id);
  }

  async writeEntityCache(id: string, cache: EntityCache): Promise<void> {
    this.#open();
    this.#entry(id);
    await this.files.writeEntityCache(id, cache);
  }

  settings(): Settings {
    return structuredClone(this.index.settings);
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    this.#open();
    const parsed = settingsSchema.safeParse({ ...this.index.settings, ...patch });
    if (!parsed.success) throw invalid('Those settings are not valid.');
    this.index.settings = parsed.data;
    await this.index.writeNow();
    return this.settings();
  }

  tagColors(): Record<string, string> {
    return { ...this.index.tagColors };
  }

  async setTagColor(name: string, color: string | null): Promise<void> {
    this.#open();
    const key = name.trim().toLowerCase();
    const colors = Object.fromEntries(Object.entries(this.index.tagColors).filter(([tag]) => tag !== key));
    this.index.tagColors = color === null ? colors : { ...colors, [key]: color };
    await this.index.writeNow();
  }

  async listBackups(): Promise<Backup[]> {
    await this.index.settled();
    const backups = await listBackupFiles(this.parts.layout.backups);
    return backups.map(({ id, createdAt, articleCount, bytes }) => ({ id, createdAt, articleCount, bytes }));
  }

  async restoreBackup(id: string): Promise<void> {
    this.#open();
    await this.index.settled();
    await restoreIndexBackup(id, {
      layout: this.parts.layout,
      index: this.index,
      keep: this.parts.backupsToKeep,
      loadNotes: (articleId) => this.loadForIndex(articleId),
    });
  }

  /** Load (repairing if needed) an article's notes so its index entry is current. */
  loadForIndex(id: string): Promise<boolean> {
    return this.docs.with(id, (doc) => {
      if (!doc || this.#gone.has(id)) return false;
      this.index.set(entryFromNotes(doc.low.data), doc.stamp);
      return true;
    });
  }

  /** Write everything pending now (the lazy index included). */
  async flush(): Promise<void> {
    await this.docs.idle();
    await this.files.idle();
    await this.index.flush();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    try {
      await this.flush();
    } finally {
      this.#closed = true;
      await this.parts.lock?.release();
    }
  }

  #open(): void {
    if (this.#closed) throw new GlossError('storage-error', 'The library is closed.');
  }

  #entry(id: string): ArticleEntry {
    const entry = this.index.entries.get(id);
    if (!entry) throw notFound();
    return entry;
  }
}
