/**
 * zod schemas of the stored data model, checked on every file read. Objects are loose: a field
 * this build does not know (written by a newer build of the same schema version) is kept, never
 * silently dropped on the next write.
 */
import { z } from 'zod';
import type {
  ArticleImage,
  Block,
  Entity,
  InlineMark,
  EntityMention,
  Note,
  Settings,
  StoredEntityCorrection,
  StoredEntityRule,
} from '../../contract/model';
import {
  ARTICLE_SORTS,
  BLOCK_KINDS,
  ENTITY_TYPES,
  EXPORT_ENTITY_STYLES,
  HIGHLIGHT_COLORS,
  IMPORT_FORMATS,
  MARK_KINDS,
  READER_TEXT,
  READING_STATES,
  THEMES,
} from '../../contract/values';
import type {
  ArticleContent,
  ArticleEntry,
  ArticleNotes,
  EntityCache,
  EntityNoteRecord,
  StoredHighlight,
} from './store';

const offset = z.number().int().nonnegative();

export const noteSchema = z.looseObject({
  markdown: z.string(),
  editorState: z.string().nullable(),
  updatedAt: z.string().nullable(),
}) satisfies z.ZodType<Note>;

const color = z.enum(HIGHLIGHT_COLORS);
const entityType = z.enum(ENTITY_TYPES);

export const highlightSchema = z.looseObject({
  id: z.string().min(1),
  color,
  selector: z.looseObject({
    quote: z.looseObject({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
    position: z.looseObject({ start: offset, end: offset }),
  }),
  note: noteSchema,
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<StoredHighlight>;

const correction = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('reject'), entityId: z.string(), name: z.string() }),
  z.looseObject({ kind: z.literal('retype'), entityId: z.string(), name: z.string(), type: entityType }),
  z.looseObject({ kind: z.literal('merge'), entityId: z.string(), intoEntityId: z.string() }),
  z.looseObject({ kind: z.literal('add'), start: offset, end: offset, type: entityType }),
  z.looseObject({ kind: z.literal('exempt'), ruleId: z.string() }),
]);

const rule = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('reject'), name: z.string().min(1) }),
  z.looseObject({ kind: z.literal('retype'), name: z.string().min(1), type: entityType }),
  z.looseObject({
    kind: z.literal('merge'),
    name: z.string().min(1),
    into: z.string().min(1),
    type: entityType,
  }),
]);

export const ruleSchema = z.looseObject({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  rule,
}) satisfies z.ZodType<StoredEntityRule>;

export const correctionSchema = z.looseObject({
  id: z.string(),
  createdAt: z.string(),
  correction,
}) satisfies z.ZodType<StoredEntityCorrection>;

export const entityNoteSchema = z.looseObject({
  type: entityType,
  name: z.string().min(1),
  note: noteSchema,
}) satisfies z.ZodType<EntityNoteRecord>;

export const notesSchema = z.looseObject({
  articleId: z.string(),
  note: noteSchema,
  highlights: z.array(highlightSchema),
  corrections: z.array(correctionSchema),
}) satisfies z.ZodType<ArticleNotes>;

const blockBase = {
  text: z.string(),
  start: offset,
  end: offset,
  page: z.number().int().positive().optional(),
};
const textKinds = BLOCK_KINDS.filter(
  (kind): kind is 'paragraph' | 'quote' | 'caption' | 'rule' =>
    kind !== 'heading' && kind !== 'list-item' && kind !== 'code' && kind !== 'table' && kind !== 'figure',
);

const image = z.looseObject({
  src: z.string().nullable(),
  alt: z.string(),
  width: z.number().positive().optional(),
  height: z.number().positive().optional(),
  omitted: z.string().optional(),
  url: z.string().optional(),
}) satisfies z.ZodType<ArticleImage>;

const block = z.discriminatedUnion('kind', [
  z.looseObject({
    ...blockBase,
    kind: z.literal('heading'),
    level: z.literal([1, 2, 3, 4, 5, 6]),
  }),
  z.looseObject({
    ...blockBase,
    kind: z.literal('list-item'),
    ordered: z.boolean(),
    depth: z.number().int().min(0),
    number: z.number().int().optional(),
  }),
  z.looseObject({ ...blockBase, kind: z.literal('code'), language: z.string().optional() }),
  z.looseObject({
    ...blockBase,
    kind: z.literal('table'),
    rows: z.array(
      z.looseObject({
        cells: z.array(z.looseObject({ start: offset, end: offset, header: z.boolean() })),
      }),
    ),
  }),
  z.looseObject({ ...blockBase, kind: z.literal('figure'), image }),
  z.looseObject({ ...blockBase, kind: z.enum(textKinds) }),
]) satisfies z.ZodType<Block>;

const mark = z.looseObject({
  start: offset,
  end: offset,
  kind: z.enum(MARK_KINDS),
  href: z.string().optional(),
}) satisfies z.ZodType<InlineMark>;

export const contentSchema = z.looseObject({
  id: z.string(),
  text: z.string(),
  blocks: z.array(block),
  marks: z.array(mark),
}) satisfies z.ZodType<ArticleContent>;

/** The fields of an index entry that are not derived from the notes. */
export type EntryFields = Omit<ArticleEntry, 'highlightCount' | 'highlightTags'>;

export const entryFieldsSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  byline: z.string().nullable(),
  source: z.string(),
  url: z.string().nullable(),
  siteName: z.string().nullable(),
  lang: z.string().nullable(),
  format: z.enum(Object.keys(IMPORT_FORMATS) as [keyof typeof IMPORT_FORMATS]),
  publishedAt: z.string().nullable(),
  addedAt: z.string(),
  tags: z.array(z.string()),
  wordCount: offset,
  progress: z.number().min(0).max(1),
  // New in this version of the format: an entry written before it is in the inbox.
  readingState: z.enum(READING_STATES).default('inbox'),
  // The SHA-256 of the file it was imported from (kept as source.*): a second import of the
  // same file finds it. Absent in entries written before.
  sourceHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
}) satisfies z.ZodType<EntryFields>;

export const entrySchema = entryFieldsSchema.extend({
  highlightCount: offset,
  highlightTags: z.array(z.string()),
}) satisfies z.ZodType<ArticleEntry>;

const mention = z.looseObject({
  start: offset,
  end: offset,
  type: entityType,
  text: z.string(),
  entityId: z.string(),
}) satisfies z.ZodType<EntityMention>;

const entity = z.looseObject({
  id: z.string(),
  name: z.string(),
  type: entityType,
  aliases: z.array(z.string()),
  mentionCount: offset,
  date: z
    .looseObject({
      value: z.string(),
      granularity: z.enum(['day', 'month', 'year', 'quarter', 'season', 'decade']),
      end: z.string().optional(),
    })
    .optional(),
  corrected: z.boolean().optional(),
}) satisfies z.ZodType<Entity>;

export const entityCacheSchema = z.looseObject({
  detectorVersion: z.string(),
  mentions: z.array(mention),
  entities: z.array(entity),
}) satisfies z.ZodType<EntityCache>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  hiddenEntityTypes: [],
  exportEntities: 'none',
  librarySort: 'added',
  readerFontSize: READER_TEXT.fontSize.default,
  readerLineWidth: READER_TEXT.lineWidth.default,
  readerLineSpacing: READER_TEXT.lineSpacing.default,
};

/** A reader text setting within its range (READER_TEXT). */
export const readerText = (name: keyof typeof READER_TEXT) =>
  z.number().min(READER_TEXT[name].min).max(READER_TEXT[name].max);

/** Settings missing from an older file take their defaults. */
export const settingsSchema = z.looseObject({
  theme: z.enum(THEMES).default(DEFAULT_SETTINGS.theme),
  hiddenEntityTypes: z.array(entityType).default([]),
  exportEntities: z.enum(EXPORT_ENTITY_STYLES).default(DEFAULT_SETTINGS.exportEntities),
  librarySort: z.enum(ARTICLE_SORTS).default(DEFAULT_SETTINGS.librarySort),
  readerFontSize: readerText('fontSize').default(DEFAULT_SETTINGS.readerFontSize),
  readerLineWidth: readerText('lineWidth').default(DEFAULT_SETTINGS.readerLineWidth),
  readerLineSpacing: readerText('lineSpacing').default(DEFAULT_SETTINGS.readerLineSpacing),
}) satisfies z.ZodType<Settings>;
