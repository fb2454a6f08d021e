/**
 * zod schemas of the stored data model, checked on every file read. Objects are loose: a field
 * this build does not know (written by a newer build of the same schema version) is kept, never
 * silently dropped on the next write.
 */
import { z } from 'zod';
import type {
  Block,
  Entity,
  EntityMention,
  Note,
  Settings,
  StoredEntityCorrection,
} from '../../contract/model';
import type { ArticleContent, ArticleEntry, ArticleNotes, EntityCache, StoredHighlight } from './store';

const offset = z.number().int().nonnegative();

export const noteSchema = z.looseObject({
  markdown: z.string(),
  editorState: z.string().nullable(),
  updatedAt: z.string().nullable(),
}) satisfies z.ZodType<Note>;

const color = z.enum(['yellow', 'green', 'blue', 'pink', 'purple']);
const entityType = z.enum(['person', 'organization', 'place', 'event', 'group', 'date']);

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
]);

export const correctionSchema = z.looseObject({
  id: z.string(),
  createdAt: z.string(),
  correction,
}) satisfies z.ZodType<StoredEntityCorrection>;

export const notesSchema = z.looseObject({
  articleId: z.string(),
  note: noteSchema,
  highlights: z.array(highlightSchema),
  corrections: z.array(correctionSchema),
}) satisfies z.ZodType<ArticleNotes>;

const block = z.looseObject({
  kind: z.enum(['heading', 'paragraph', 'quote', 'list-item', 'caption']),
  text: z.string(),
  start: offset,
  end: offset,
}) satisfies z.ZodType<Block>;

export const contentSchema = z.looseObject({
  id: z.string(),
  text: z.string(),
  blocks: z.array(block),
}) satisfies z.ZodType<ArticleContent>;

/** The fields of an index entry that are not derived from the notes. */
export type EntryFields = Omit<ArticleEntry, 'highlightCount' | 'highlightTags'>;

export const entryFieldsSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  byline: z.string().nullable(),
  source: z.string(),
  publishedAt: z.string().nullable(),
  addedAt: z.string(),
  tags: z.array(z.string()),
  wordCount: offset,
  progress: z.number().min(0).max(1),
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
  date: z.looseObject({ value: z.string(), granularity: z.enum(['day', 'month', 'year']) }).optional(),
  corrected: z.boolean().optional(),
}) satisfies z.ZodType<Entity>;

export const entityCacheSchema = z.looseObject({
  detectorVersion: z.string(),
  mentions: z.array(mention),
  entities: z.array(entity),
}) satisfies z.ZodType<EntityCache>;

export const DEFAULT_SETTINGS: Settings = { theme: 'system', hiddenEntityTypes: [], exportEntities: 'none' };

/** Settings missing from an older file take their defaults. */
export const settingsSchema = z.looseObject({
  theme: z.enum(['system', 'light', 'dark']).default(DEFAULT_SETTINGS.theme),
  hiddenEntityTypes: z.array(entityType).default([]),
  exportEntities: z.enum(['none', 'tags', 'links']).default(DEFAULT_SETTINGS.exportEntities),
}) satisfies z.ZodType<Settings>;
