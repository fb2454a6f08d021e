/**
 * Version 0 -> 1. Version 0 is the prototype format: no `schemaVersion`, one flat object per
 * article file, highlights with flat offsets and Markdown-only notes. Steps only reshape; the
 * result is validated against the version-1 schemas by the caller.
 */
import type { Migration } from './migrations';

type Raw = Record<string, unknown>;

const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const strOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
const record = (value: unknown): Raw => (typeof value === 'object' && value !== null ? (value as Raw) : {});

const markdownNote = (markdown: unknown, at: unknown) => ({
  markdown: str(markdown),
  editorState: null,
  updatedAt: strOrNull(at),
});

function entryFields(article: Raw) {
  const text = str(article.text);
  return {
    id: str(article.id),
    title: str(article.title, 'Untitled'),
    byline: strOrNull(article.byline),
    source: str(article.source),
    publishedAt: strOrNull(article.publishedAt),
    addedAt: str(article.addedAt),
    tags: list(article.tags).filter((tag) => typeof tag === 'string'),
    wordCount:
      typeof article.wordCount === 'number' ? article.wordCount : text.split(/\s+/).filter(Boolean).length,
    progress: typeof article.progress === 'number' ? article.progress : 0,
  };
}

function highlight(raw: unknown) {
  const h = record(raw);
  const createdAt = str(h.createdAt);
  return {
    id: h.id,
    color: h.color ?? 'yellow',
    selector: {
      quote: { exact: str(h.text), prefix: str(h.prefix), suffix: str(h.suffix) },
      position: { start: h.start, end: h.end },
    },
    note: markdownNote(h.note, h.updatedAt ?? createdAt),
    tags: list(h.tags),
    createdAt,
    updatedAt: str(h.updatedAt, createdAt),
  };
}

const index: Migration = (raw) => ({
  articles: list(raw.articles).map((article) => ({
    entry: { ...entryFields(record(article)), highlightCount: 0, highlightTags: [] },
    // No stamp: start-up re-reads every notes file and fills in the derived fields.
    stamp: null,
  })),
  tagColors: {},
  settings: record(raw.settings),
  savedAt: new Date().toISOString(),
});

const content: Migration = (raw) => ({
  entry: entryFields(raw),
  content: { id: raw.id, text: raw.text, blocks: raw.blocks },
});

const notes: Migration = (raw, context) => {
  if (!context.entry) throw new Error('a version-0 notes file needs its article entry to migrate');
  return {
    entry: context.entry,
    notes: {
      articleId: raw.articleId,
      note: markdownNote(raw.note, null),
      highlights: list(raw.highlights).map(highlight),
      corrections: list(raw.corrections),
    },
  };
};

const entities: Migration = (raw) => ({ cache: raw });

export const v0ToV1 = { index, content, notes, entities };
