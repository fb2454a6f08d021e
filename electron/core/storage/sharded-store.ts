import type { Backup, Notice, Settings } from '../../contract/model';
import { HybridClock } from '../changes/hlc';
import {
  isEntityLibraryChange,
  isNotesChange,
  newRecordId,
  type Change,
  type ChangeRecord,
} from '../changes/records';
import { GlossError } from '../errors';
import type { MediaFile } from '../images';
import { ArticleFiles } from './article-files';
import { listBackupFiles } from './backups';
import type { FileStamp } from './durable-write';
import { entryFields } from './entries';
import { assertValidId, SCHEMA_VERSION, type Layout } from './layout';
import type { LibraryIndex } from './library-index';
import { endSession, type DataDirLock } from './lock';
import { contentSchema, entryFieldsSchema } from './model-schemas';
import { deepFreeze } from './deep-freeze';
import type { CompactionRule } from './notes-doc';
import { peekNotesFiles } from './notes-on-disk';
import type { NoticeBoard } from './notice-board';
import { NotesService } from './notes-service';
import { removeArticleFolder } from './remove-folder';
import { restoreIndexBackup } from './restore-backup';
import type { EntityLibraryFile } from './entity-library-file';
import type {
  Applied,
  ArticleContent,
  ArticleEntry,
  ArticleNotes,
  ChangeListener,
  EntityCache,
  EntityLibrary,
  EntryPatch,
  KeptSource,
  Store,
} from './store';
import { moveToTrash, restoreFromTrash } from './trash';
import { clearTrashMark, listTrash, markTrashed, purgeTrashed, type TrashedFolder } from './trash-bin';

export interface StoreParts {
  layout: Layout;
  index: LibraryIndex;
  notices: NoticeBoard;
  entityLibrary: EntityLibraryFile;
  lock: DataDirLock | null;
  backupsToKeep: number;
  isNew: boolean;
  device: string;
  /** When a notes log is folded into its snapshot (default: notes-doc.ts). */
  compaction?: CompactionRule;
}

const invalid = (what: string) => new GlossError('invalid-params', what);

/** The Store over the sharded layout. Built by openStore, which verifies the library first. */
export class ShardedStore implements Store {
  readonly schemaVersion = SCHEMA_VERSION;
  readonly dataDir: string;
  readonly isNew: boolean;
  readonly index: LibraryIndex;
  readonly files: ArticleFiles;
  readonly notes: NotesService;
  readonly device: string;
  #clock: HybridClock;
  #listeners = new Set<ChangeListener>();
  #closed = false;
  #adding = new Set<string>();
  /** Articles moving to the trash: no write may start on them. */
  #deleting = new Set<string>();

  constructor(private readonly parts: StoreParts) {
    const { layout, index, notices } = parts;
    this.dataDir = layout.dataDir;
    this.isNew = parts.isNew;
    this.device = parts.device;
    this.#clock = new HybridClock(parts.device);
    this.index = index;
    const title = (id: string) => index.entries.get(id)?.title ?? id;
    const notice = (level: Notice['level'], message: string) => void notices.add(level, message);
    this.files = new ArticleFiles(layout, { title, notice });
    this.notes = new NotesService(layout, index, notices, this.files, parts.compaction);
  }

  notices(): Notice[] {
    return this.parts.notices.list();
  }

  async dismissNotice(id: string): Promise<void> {
    this.#open();
    await this.parts.notices.dismiss(id);
  }

  async apply(change: Change): Promise<Applied> {
    this.#open();
    const record: ChangeRecord = {
      id: newRecordId(),
      device: this.device,
      clock: this.#clock.tick(),
      change,
    };
    let applied: Applied;
    if (isNotesChange(change)) {
      this.#writable(change.articleId);
      const notesRecord = { ...record, change };
      const { inverse, notes } = await this.#run(change.articleId, () => this.notes.apply(notesRecord));
      applied = { record, inverse, notes };
    } else if (isEntityLibraryChange(change)) {
      applied = { record, inverse: await this.parts.entityLibrary.apply(change) };
    } else if (change.type === 'settings/updated' || change.type === 'tag/colored') {
      applied = { record, inverse: await this.index.apply(change) };
    } else if (change.type === 'article/deleted') {
      await this.#trash(change.articleId);
      applied = { record, inverse: { ...change, type: 'article/restored' } };
    } else if (change.type === 'article/restored') {
      await this.#restore(change.articleId);
      applied = { record, inverse: { ...change, type: 'article/deleted' } };
    } else {
      throw invalid('An article is imported with its content (addArticle), not by a record alone.');
    }
    this.#tell(applied);
    return applied;
  }

  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #tell(applied: Applied): void {
    for (const listener of this.#listeners) {
      try {
        listener(applied);
      } catch {
        // A listener's failure is its own: the change is on disk and the others still hear it.
      }
    }
  }

  list(): ArticleEntry[] {
    return [...this.index.entries.values()];
  }

  entry(id: string): ArticleEntry | undefined {
    return this.index.entries.get(id);
  }

  revision(): number {
    return this.index.revision;
  }

  changedSince(revision: number): string[] | null {
    return this.index.changedSince(revision);
  }

  notesStamp(id: string): FileStamp | null {
    return this.index.stamps.get(id) ?? null;
  }

  async addArticle(
    entry: ArticleEntry,
    content: ArticleContent,
    media: readonly MediaFile[] = [],
  ): Promise<void> {
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
    try {
      await this.files.create(entry.id, fields.data, content, media);
      await this.notes.create(fields.data);
      const change: Change = { type: 'article/imported', articleId: entry.id, title: entry.title };
      const record = { id: newRecordId(), device: this.device, clock: this.#clock.tick(), change };
      this.#tell({ record, inverse: { ...change, type: 'article/deleted' } });
    } catch (error) {
      // Nothing was acknowledged: leave no half-added article behind.
      this.notes.gone.add(entry.id);
      this.notes.docs.forget(entry.id);
      if (this.index.entries.has(entry.id)) this.index.delete(entry.id);
      await removeArticleFolder(this.parts.layout, entry.id).catch(() => undefined);
      throw error;
    } finally {
      this.#adding.delete(entry.id);
    }
  }

  async deleteArticle(id: string): Promise<void> {
    await this.apply({ type: 'article/deleted', articleId: id, title: this.#entry(id).title });
  }

  /** The folder moves first; the article leaves memory only once it is gone from disk. */
  async #trash(id: string): Promise<void> {
    this.#writable(id);
    this.#deleting.add(id);
    try {
      // Writes already started finish first; later ones are refused (#writable).
      await this.notes.docs.release(id);
      await this.files.release(id);
      await moveToTrash(this.parts.layout, id);
      // When it went, for the 30 days it is kept; without the note, the folder's time says it.
      await markTrashed(this.parts.layout, id, new Date().toISOString()).catch(() => undefined);
      this.notes.gone.add(id);
      this.index.delete(id);
    } finally {
      this.#deleting.delete(id);
    }
  }

  async #restore(id: string): Promise<void> {
    this.#open();
    assertValidId(id);
    if (this.index.entries.has(id) || this.#adding.has(id)) throw invalid('That article is in the library.');
    this.#adding.add(id);
    try {
      await restoreFromTrash(this.parts.layout, id);
      await clearTrashMark(this.parts.layout, id);
      this.notes.gone.delete(id);
      if (!(await this.notes.loadForIndex(id)))
        throw new GlossError('storage-error', 'The article came back from the trash without its notes.');
    } finally {
      this.#adding.delete(id);
    }
  }

  trashed(): Promise<TrashedFolder[]> {
    this.#open();
    return listTrash(this.parts.layout);
  }

  async purgeTrashed(id: string): Promise<void> {
    this.#open();
    await purgeTrashed(this.parts.layout, id);
  }

  updateEntry(id: string, patch: EntryPatch): Promise<ArticleEntry> {
    return this.apply({ type: 'article/updated', articleId: id, set: patch }).then(() => this.#entry(id));
  }

  readContent(id: string): Promise<ArticleContent> {
    return this.#run(id, () => this.files.readContent(id));
  }

  readContentIfReadable(id: string): Promise<{ content: ArticleContent } | { lost: string }> {
    return this.#run(id, () => this.files.readContentIfReadable(id));
  }

  replaceContent(
    id: string,
    content: ArticleContent,
    media: readonly MediaFile[] = [],
    options: { dropUnusedMedia?: boolean } = {},
  ): Promise<void> {
    return this.#run(id, async () => {
      if (content.id !== id || !contentSchema.safeParse(content).success)
        throw invalid('The article content is incomplete or belongs to another article.');
      await this.files.replaceContent(id, entryFields(this.#entry(id)), content, media, options);
    });
  }

  keepSource(id: string, source: KeptSource): Promise<void> {
    return this.#run(id, () => this.files.keepSource(id, source));
  }

  readSource(id: string): Promise<KeptSource | null> {
    return this.#run(id, () => this.files.readSource(id));
  }

  readNotes(id: string): Promise<ArticleNotes> {
    return this.#run(id, () => this.notes.read(id));
  }

  peekNotes(id: string): Promise<ArticleNotes> {
    return this.#run(id, () => {
      // Loaded: what is in memory is what is on disk, and costs nothing to read.
      const loaded = this.notes.docs.peek(id);
      if (loaded) return Promise.resolve(deepFreeze(loaded.onDisk.notes));
      // Synchronous on purpose: a small file from the page cache reads in ~20 µs, an async
      // read costs six times that, and search reads thousands (in batches, yielding between).
      const { layout } = this.parts;
      const notes = peekNotesFiles(layout.notes(id), layout.notesLog(id), id);
      // Missing or damaged: readNotes repairs it (and says so) as it loads.
      return notes ? Promise.resolve(notes) : this.notes.read(id);
    });
  }

  readEntityCache(id: string): Promise<EntityCache | null> {
    return this.#run(id, () => this.files.readEntityCache(id));
  }

  writeEntityCache(id: string, cache: EntityCache): Promise<void> {
    return this.#run(id, () => {
      this.#writable(id);
      return this.files.writeEntityCache(id, cache);
    });
  }

  entityLibrary(): EntityLibrary {
    return this.parts.entityLibrary.data();
  }

  settings(): Settings {
    return structuredClone(this.index.settings);
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    const set = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    await this.apply({ type: 'settings/updated', set });
    return this.settings();
  }

  tagColors(): Record<string, string> {
    return { ...this.index.tagColors };
  }

  async setTagColor(name: string, color: string | null): Promise<void> {
    await this.apply({ type: 'tag/colored', name, color });
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
      loadNotes: (articleId) => this.notes.loadForIndex(articleId),
    });
  }

  async flush(): Promise<void> {
    await this.notes.docs.idle();
    await this.files.idle();
    await this.parts.notices.idle();
    await this.parts.entityLibrary.idle();
    await this.index.flush();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    try {
      // Logs folded first, so the index written last records the files as they are left.
      await this.notes.docs.idle();
      await this.notes.docs.compactAll();
      await this.flush();
    } finally {
      this.#closed = true;
      await endSession(this.dataDir);
      await this.parts.lock?.release();
    }
  }

  /** Run `work` for a known article; a refusal comes back as a rejected promise, never a throw. */
  #run<T>(id: string, work: () => Promise<T>): Promise<T> {
    try {
      this.#entry(id);
      return work();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  #open(): void {
    if (this.#closed) throw new GlossError('storage-error', 'The library is closed.');
  }

  /** Refuse a write to an article on its way to the trash, as if it were gone already. */
  #writable(id: string): void {
    if (this.#deleting.has(id))
      throw new GlossError('not-found', 'That article is not in the library. It may have been deleted.');
  }

  #entry(id: string): ArticleEntry {
    this.#open();
    const entry = this.index.entries.get(id);
    if (!entry)
      throw new GlossError('not-found', 'That article is not in the library. It may have been deleted.');
    return entry;
  }
}
