import { z } from 'zod';
import type { ApiMethod, ApiParams } from '../../contract/api';
import { MAX_ARTICLE_IMAGES } from '../images';
import { MAX_IMPORT_BYTES } from '../import';
import { readerText } from '../storage/model-schemas';
import { MAX_TAG_LENGTH, TAG_FORBIDDEN } from '../library/tags';
import {
  ARTICLE_SORTS,
  CORRECTION_SCOPES,
  ENTITY_TYPES,
  READING_STATES,
  EXPORT_ENTITY_STYLES,
  HIGHLIGHT_COLORS,
  TAG_COLORS,
  THEMES,
} from '../../contract/values';

/**
 * Params schemas for every API method. The renderer is untrusted, so every call is checked
 * here before it reaches the library: types, ranges and sizes. Objects are strict, so a
 * misspelt field is an error rather than silently ignored.
 */

const MAX_NOTE_MARKDOWN = 1_000_000;
const MAX_EDITOR_STATE = 4_000_000;
const MAX_TEXT_OFFSET = 100_000_000;
const MAX_SEARCH_QUERY = 200;
/** Browser mode's request limit is 16 MiB; an annotation file can be no larger over either transport. */
const MAX_ANNOTATIONS_JSON = 15 * 1024 * 1024;

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must contain only letters, digits, "-" and "_"');
const offset = z.number().int().min(0).max(MAX_TEXT_OFFSET);
const color = z.enum(HIGHLIGHT_COLORS);
const entityType = z.enum(ENTITY_TYPES);
const tag = z
  .string()
  .trim()
  .min(1, 'a tag cannot be empty')
  .max(MAX_TAG_LENGTH, `a tag can be at most ${MAX_TAG_LENGTH} characters`)
  .refine((value) => !TAG_FORBIDDEN.test(value), 'a tag cannot contain line breaks, tabs, commas or "#"');
const tags = z.array(tag).max(100, 'at most 100 tags');
const noteInput = z.strictObject({
  markdown: z.string().max(MAX_NOTE_MARKDOWN, 'the note is too long (over 1,000,000 characters)'),
  editorState: z.string().max(MAX_EDITOR_STATE, 'the note is too large').nullable().optional(),
  basedOn: z.string().max(40).nullable().optional(),
});
const none = z.strictObject({});
/** A calendar day, YYYY-MM-DD. */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

const correction = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('reject'),
    entityId: z.string().min(1).max(300),
    name: z.string().max(300),
  }),
  z.strictObject({
    kind: z.literal('retype'),
    entityId: z.string().min(1).max(300),
    name: z.string().max(300),
    type: entityType,
  }),
  z.strictObject({
    kind: z.literal('merge'),
    entityId: z.string().min(1).max(300),
    intoEntityId: z.string().min(1).max(300),
  }),
  z.strictObject({ kind: z.literal('add'), start: offset, end: offset, type: entityType }),
  z.strictObject({ kind: z.literal('exempt'), ruleId: id }),
]);

const ruleName = z.string().trim().min(1, 'a name cannot be empty').max(300);
const rule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('reject'), name: ruleName }),
  z.strictObject({ kind: z.literal('retype'), name: ruleName, type: entityType }),
  z.strictObject({ kind: z.literal('merge'), name: ruleName, into: ruleName, type: entityType }),
]);
const isoTime = z.iso.datetime();

const highlight = z.strictObject({
  id,
  articleId: id,
  color,
  start: offset,
  end: offset,
  exact: z.string().max(MAX_NOTE_MARKDOWN),
  prefix: z.string().max(1000),
  suffix: z.string().max(1000),
  anchor: z.enum(['position', 'quote', 'fuzzy', 'orphan']),
  note: z.strictObject({
    markdown: z.string().max(MAX_NOTE_MARKDOWN),
    editorState: z.string().max(MAX_EDITOR_STATE).nullable(),
    updatedAt: z.string().max(40).nullable(),
  }),
  tags,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

type Schemas = { [M in ApiMethod]: z.ZodType<ApiParams<M>, unknown> };

/** A file to import: its name and its bytes in base64 (`import/file`, `import/version`). */
const importedFile = {
  name: z.string().min(1).max(255),
  data: z
    .string()
    // Far more than the import limit gets through, so the importer can name the file and its size.
    .max(MAX_IMPORT_BYTES * 2, 'the file is far larger than any Gloss imports')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
};

/** Files imported with a file (a saved page's `_files`, images next to a `.md`), by relative path. */
const companionFiles = z
  .array(
    z.strictObject({
      path: z.string().min(1).max(1024),
      data: z
        .string()
        // A file over the image limit gets through, so the figure can say it was too large.
        .max(MAX_IMPORT_BYTES * 2, 'the file is far larger than an image Gloss keeps')
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
    }),
  )
  .max(MAX_ARTICLE_IMAGES * 2, `at most ${MAX_ARTICLE_IMAGES * 2} files can come with one import`)
  .optional();

const webAddress = z
  .string()
  .trim()
  .max(4096, 'a web address can be at most 4096 characters')
  .regex(/^https?:\/\/\S+$/i, 'must be an http: or https: address');

export const paramSchemas = {
  'library/status': none,
  'library/dismissNotice': z.strictObject({ id: z.string().min(1).max(100) }),
  'articles/list': z.strictObject({
    tag: tag.optional(),
    query: z.string().max(500).optional(),
    sort: z.enum(ARTICLE_SORTS).optional(),
    state: z.enum(READING_STATES).optional(),
  }),
  'articles/setReadingState': z.strictObject({
    ids: z.array(id).min(1, 'name at least one article').max(100_000),
    state: z.enum(READING_STATES),
  }),
  'articles/get': z.strictObject({ id }),
  'articles/restoreText': z.strictObject({ id }),
  'articles/delete': z.union(
    [
      z.strictObject({ id }),
      z.strictObject({ ids: z.array(id).min(1, 'name at least one article').max(100_000) }),
    ],
    { error: 'name one article as "id", or several as "ids"' },
  ),
  'trash/list': none,
  'trash/restore': z.strictObject({ ids: z.array(id).min(1, 'name at least one article').max(100_000) }),
  'trash/purge': z.strictObject({
    ids: z.array(id).min(1, 'name at least one article').max(100_000).optional(),
  }),
  'articles/setProgress': z.strictObject({ id, progress: z.number().min(0).max(1) }),
  'highlights/create': z.strictObject({ articleId: id, start: offset, end: offset, color: color.optional() }),
  'highlights/update': z.strictObject({
    articleId: id,
    id,
    color: color.optional(),
    note: noteInput.optional(),
    tags: tags.optional(),
  }),
  'highlights/delete': z.strictObject({ articleId: id, id }),
  'highlights/restore': z.strictObject({ highlight }),
  'notes/get': z.strictObject({ articleId: id }),
  'notes/save': z.strictObject({ articleId: id, note: noteInput }),
  'tags/set': z.strictObject({ articleId: id, highlightId: id.optional(), tags }),
  'tags/add': z.strictObject({
    targets: z
      .array(z.strictObject({ articleId: id, highlightId: id.optional() }))
      .min(1, 'name at least one article or highlight')
      .max(100_000),
    tag,
  }),
  'tags/list': none,
  'history/undo': none,
  'history/redo': none,
  'tags/setColor': z.strictObject({
    name: tag,
    color: z.enum(TAG_COLORS).nullable(),
  }),
  'import/file': z.strictObject({ ...importedFile, files: companionFiles, separate: z.boolean().optional() }),
  'import/url': z.strictObject({ url: webAddress, separate: z.boolean().optional() }),
  'import/version': z.union([
    z.strictObject({ articleId: id, ...importedFile, files: companionFiles }),
    z.strictObject({ articleId: id, url: webAddress }),
  ]),
  'highlights/list': z.strictObject({
    tag: tag.optional(),
    color: color.optional(),
    entity: z.strictObject({ name: z.string().trim().min(1).max(300), type: entityType }).optional(),
    articleId: id.optional(),
    after: day.optional(),
    before: day.optional(),
    hasNote: z.boolean().optional(),
    limit: z.number().int().min(1).max(500).optional(),
    offset: z.number().int().min(0).max(10_000_000).optional(),
  }),
  'export/highlights': z.strictObject({
    highlights: z
      .array(z.strictObject({ articleId: id, id }))
      .min(1, 'pick at least one highlight')
      .max(10_000),
  }),
  'export/library': z.strictObject({
    articleIds: z.array(id).min(1).max(100_000).optional(),
    entityNotes: z.boolean().optional(),
  }),
  'export/annotations': z.strictObject({ articleIds: z.array(id).min(1).max(100_000).optional() }),
  'import/annotations': z.strictObject({
    data: z.string().min(1).max(MAX_ANNOTATIONS_JSON, 'the annotation file is larger than 16 MB'),
  }),
  'search/query': z.strictObject({
    query: z
      .string()
      .trim()
      .min(1, 'type something to search for')
      .max(MAX_SEARCH_QUERY, `a search can be at most ${MAX_SEARCH_QUERY} characters`),
    limit: z.number().int().min(1).max(500).optional(),
    tag: tag.optional(),
  }),
  'export/markdown': z.strictObject({ articleId: id }),
  'entities/get': z.strictObject({ articleId: id }),
  'entities/correct': z.strictObject({
    articleId: id,
    correction,
    scope: z.enum(CORRECTION_SCOPES).optional(),
  }),
  'entities/rules': none,
  'entities/saveNote': z.strictObject({
    name: z.string().trim().min(1).max(300),
    type: entityType,
    note: noteInput,
  }),
  'entities/addRule': z.strictObject({ rule }),
  'entities/updateRule': z.strictObject({ id, rule }),
  'entities/deleteRule': z.strictObject({ id }),
  'entities/restoreRule': z.strictObject({
    rule: z.strictObject({ id, createdAt: isoTime, updatedAt: isoTime, rule }),
  }),
  'entities/uncorrect': z.strictObject({ articleId: id, correctionId: id }),
  'entities/articles': z.strictObject({ name: z.string().min(1).max(300), type: entityType }),
  'entities/page': z.strictObject({ name: z.string().trim().min(1).max(300), type: entityType }),
  'settings/get': none,
  'settings/update': z.strictObject({
    theme: z.enum(THEMES).optional(),
    hiddenEntityTypes: z.array(entityType).max(ENTITY_TYPES.length).optional(),
    exportEntities: z.enum(EXPORT_ENTITY_STYLES).optional(),
    librarySort: z.enum(ARTICLE_SORTS).optional(),
    readerFontSize: readerText('fontSize').optional(),
    readerLineWidth: readerText('lineWidth').optional(),
    readerLineSpacing: readerText('lineSpacing').optional(),
  }),
  'backups/list': none,
  'backups/restore': z.strictObject({ id: z.string().min(1).max(100) }),
} satisfies Schemas;

/** One line that says which param is wrong and why, in plain words. */
export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request is not valid.';
  const where = issue.path.length ? `"${issue.path.join('.')}"` : 'the params';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : '';
  return `Invalid ${where}: ${issue.message}${more}.`;
}
