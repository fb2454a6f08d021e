/** The files of a library as stored, version 2 (SCHEMA_VERSION). See layout.ts for where. */
import { z } from 'zod';
import type { Notice, Settings } from '../../contract/model';
import type { FileStamp } from './durable-write';
import { SCHEMA_VERSION } from './layout';
import type { ArticleContent, ArticleEntry, ArticleNotes, EntityCache, EntityLibrary } from './store';
import {
  contentSchema,
  entityCacheSchema,
  entityNoteSchema,
  entryFieldsSchema,
  entrySchema,
  notesSchema,
  ruleSchema,
  settingsSchema,
  type EntryFields,
} from './model-schemas';

const version = z.literal(SCHEMA_VERSION);

const fileStampSchema = z.object({ ino: z.number(), size: z.number(), mtimeMs: z.number() });
const stampSchema = fileStampSchema.extend({
  log: fileStampSchema.nullable().optional(),
}) satisfies z.ZodType<FileStamp>;

/**
 * library.json: a cache of every article's entry (rebuildable from the article folders) plus
 * what lives only here: settings and tag colors. `stamp` identifies the notes file the entry's
 * derived fields were computed from, so start-up re-reads only notes files that changed.
 */
export const indexFileSchema = z.looseObject({
  schemaVersion: version,
  articles: z.array(z.object({ entry: entrySchema, stamp: stampSchema.nullable() })),
  tagColors: z.record(z.string(), z.string()),
  settings: settingsSchema,
  savedAt: z.string(),
});
export interface IndexFile {
  schemaVersion: typeof SCHEMA_VERSION;
  articles: { entry: ArticleEntry; stamp: FileStamp | null }[];
  tagColors: Record<string, string>;
  settings: Settings;
  savedAt: string;
}

/** article.json: written once at import. `entry` is the entry as imported (for rebuilds). */
export const contentFileSchema = z.looseObject({
  schemaVersion: version,
  entry: entryFieldsSchema,
  content: contentSchema,
});
export interface ContentFile {
  schemaVersion: typeof SCHEMA_VERSION;
  entry: EntryFields;
  content: ArticleContent;
}

/**
 * notes.json: everything the user wrote about one article, including the article's own entry
 * fields (tags, progress, title edits): the index is only a cache, so user data never lives
 * only there. It is a snapshot: the changes since are lines of `notes.log` (notes-log.ts), and
 * `logSeq` is the last of them it holds (0 or absent: none).
 */
export const notesFileSchema = z.looseObject({
  schemaVersion: version,
  entry: entryFieldsSchema,
  notes: notesSchema,
  logSeq: z.number().int().nonnegative().optional(),
});
export interface NotesFile {
  schemaVersion: typeof SCHEMA_VERSION;
  entry: EntryFields;
  notes: ArticleNotes;
  logSeq?: number;
}

/** entities.json: detection output, disposable. */
export const entitiesFileSchema = z.looseObject({
  schemaVersion: version,
  cache: entityCacheSchema,
});
export interface EntitiesFile {
  schemaVersion: typeof SCHEMA_VERSION;
  cache: EntityCache;
}

/** notices.json: repair notices not dismissed yet, oldest first (new at version 1). */
const noticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  createdAt: z.string(),
}) satisfies z.ZodType<Notice>;
export const noticesFileSchema = z.looseObject({
  schemaVersion: version,
  notices: z.array(noticeSchema),
});
export interface NoticesFile {
  schemaVersion: typeof SCHEMA_VERSION;
  notices: Notice[];
}

/**
 * entity-library.json: what the user said about entities across the library: rules that hold
 * in every article, and a note per entity (new at version 2).
 */
export const entityLibraryFileSchema = z.looseObject({
  schemaVersion: version,
  rules: z.array(ruleSchema),
  entityNotes: z.array(entityNoteSchema),
});
export interface EntityLibraryFile extends EntityLibrary {
  schemaVersion: typeof SCHEMA_VERSION;
}

export type FileKind = 'index' | 'content' | 'notes' | 'entities' | 'notices' | 'entityLibrary';

export const FILE_SCHEMAS: { [K in FileKind]: z.ZodType<FileTypes[K]> } = {
  index: indexFileSchema,
  content: contentFileSchema,
  notes: notesFileSchema,
  entities: entitiesFileSchema,
  notices: noticesFileSchema,
  entityLibrary: entityLibraryFileSchema,
};

export interface FileTypes {
  index: IndexFile;
  content: ContentFile;
  notes: NotesFile;
  entities: EntitiesFile;
  notices: NoticesFile;
  entityLibrary: EntityLibraryFile;
}
