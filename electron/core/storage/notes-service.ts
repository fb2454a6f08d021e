import type { Notice } from '../../contract/model';
import { invert, reduceNotes, refusal } from '../changes/reduce';
import type { Change, ChangeRecord, NotesChange } from '../changes/records';
import { GlossError } from '../errors';
import type { ArticleFiles } from './article-files';
import { deepFreeze } from './deep-freeze';
import { sameStamp } from './durable-write';
import { emptyNotesFile, entryFields, entryFromNotes } from './entries';
import type { NotesFile } from './file-schemas';
import type { CompactionRule } from './notes-doc';
import type { Layout } from './layout';
import type { LibraryIndex } from './library-index';
import { entryFieldsSchema, type EntryFields } from './model-schemas';
import type { NoticeBoard } from './notice-board';
import { NotesDocs, type NotesDoc } from './notes-docs';
import type { ArticleEntry, ArticleNotes } from './store';

const DERIVED = ['id', 'highlightCount', 'highlightTags'];

/** The fields of a patch an article's notes file keeps: derived ones and undefined left out. */
function userFields<T extends object>(patch: T): T {
  return Object.fromEntries(
    Object.entries(patch).filter(([key, value]) => value !== undefined && !DERIVED.includes(key)),
  ) as T;
}

/**
 * Reading and changing an article's notes file, and keeping its index entry in step: each
 * durable write of a notes file updates the entry (derived counts and tags included) in memory;
 * the index itself is written later (LibraryIndex).
 */
export class NotesService {
  readonly docs: NotesDocs;
  /** Articles being deleted: a write finishing for one must not bring its entry back. */
  readonly gone = new Set<string>();

  constructor(
    layout: Layout,
    private readonly index: LibraryIndex,
    notices: NoticeBoard,
    files: ArticleFiles,
    compaction?: CompactionRule,
  ) {
    this.docs = new NotesDocs(
      layout,
      {
        title: (id) => index.entries.get(id)?.title ?? id,
        notice: (level: Notice['level'], message: string) => void notices.add(level, message),
        knownEntry: (id) => {
          const entry = index.entries.get(id);
          return entry && entryFields(entry);
        },
        fallbackEntry: async (id) => {
          const entry = index.entries.get(id);
          return entry ? entryFields(entry) : files.importedEntry(id);
        },
        onDisk: (id, file, stamp) => {
          if (this.gone.has(id)) return;
          if (index.entries.has(id) && sameStamp(index.stamps.get(id), stamp)) return;
          index.set(entryFromNotes(file), stamp);
        },
      },
      256,
      compaction,
    );
  }

  /** Write a new article's empty notes; its index entry appears once they are on disk. */
  create(fields: EntryFields): Promise<void> {
    this.gone.delete(fields.id);
    return this.docs.create(fields.id, emptyNotesFile(fields));
  }

  /**
   * The notes as on disk: a change still being written is not in them. Frozen (copy to change):
   * a copy of 2,000 highlights took half of `articles/get` on a long article, and readers of
   * the notes never change them.
   */
  read(id: string): Promise<ArticleNotes> {
    return this.docs.with(id, (doc) => deepFreeze(this.#loaded(id, doc).onDisk.notes));
  }

  /**
   * Apply a change through the pure reducer and write it durably; resolves with its inverse and
   * the notes as now on disk. A change whose target is missing is refused, nothing written.
   */
  apply(record: ChangeRecord<NotesChange>): Promise<{ inverse: Change | null; notes: ArticleNotes }> {
    const { change } = record;
    const id = change.articleId;
    return this.#change(id, (current) => {
      const refused = refusal(current, change);
      if (refused) throw refused;
      const set = change.type === 'article/updated' ? { ...change, set: userFields(change.set) } : change;
      const next = reduceNotes(current, set);
      if (set.type === 'article/updated' && !entryFieldsSchema.safeParse({ ...next.entry, id }).success) {
        throw new GlossError('invalid-params', 'Those article details are not valid.');
      }
      return {
        file: next,
        record: { ...record, change: set },
        result: { inverse: invert(set, current), notes: next.notes },
      };
    });
  }

  /** The entry as in the index now (after a write of its notes file, its new fields). */
  entry(id: string): ArticleEntry {
    return this.#entry(id);
  }

  /** Load (repairing if needed) an article's notes and set its index entry from them. */
  loadForIndex(id: string): Promise<boolean> {
    return this.docs.with(id, (doc) => {
      if (!doc || this.gone.has(id)) return false;
      this.index.set(entryFromNotes(doc.onDisk), doc.stamp);
      return true;
    });
  }

  /**
   * Make the file `change` returns (built from the current one, never mutating it) the one the
   * next write builds on, and log the record that made it, durably. Readers see it once on disk
   * (`onDisk`).
   */
  #change<T>(
    id: string,
    change: (file: NotesFile) => { file: NotesFile; record: ChangeRecord<NotesChange>; result: T },
  ): Promise<T> {
    return this.docs.with(id, (loaded) => {
      const doc = this.#loaded(id, loaded);
      const { file: next, record, result } = change(doc.data); // if this throws, nothing changed
      return doc.write(next, record).then(
        () => result,
        (error: unknown) => this.#failed(id, doc, error),
      );
    });
  }

  /** A failed write leaves memory ahead of the disk: drop it and reload what is on disk. */
  #failed(id: string, doc: NotesDoc, error: unknown): never {
    this.docs.forget(id, doc);
    if (this.index.entries.has(id)) {
      this.index.stamps.set(id, null);
      this.loadForIndex(id).catch(() => undefined);
    }
    throw error;
  }

  #loaded(id: string, doc: NotesDoc | null): NotesDoc {
    const entry = this.#entry(id);
    if (!doc) throw new GlossError('storage-error', `The notes of "${entry.title}" could not be loaded.`);
    return doc;
  }

  #entry(id: string): ArticleEntry {
    const entry = this.index.entries.get(id);
    if (!entry)
      throw new GlossError('not-found', 'That article is not in the library. It may have been deleted.');
    return entry;
  }
}
