import type { FileStamp } from './durable-write';
import type { NotesFile } from './file-schemas';
import { SCHEMA_VERSION } from './layout';
import type { EntryFields } from './model-schemas';
import type { ArticleEntry, ArticleNotes } from './store';

const DERIVED = new Set(['highlightCount', 'highlightTags']);

/** Tags used on an article's highlights, deduplicated case-insensitively, first spelling kept. */
export function highlightTags(notes: ArticleNotes): string[] {
  const seen = new Map<string, string>();
  for (const highlight of notes.highlights) {
    for (const tag of highlight.tags) if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}

/** The index entry of an article, from its notes file (the truth for everything in it). */
export function entryFromNotes(file: NotesFile): ArticleEntry {
  return freezeEntry({
    ...file.entry,
    highlightCount: file.notes.highlights.length,
    highlightTags: highlightTags(file.notes),
  });
}

/** Entries are shared, not copied, by `list()`; freezing makes a caller's mutation fail loudly. */
export function freezeEntry(entry: ArticleEntry): ArticleEntry {
  Object.freeze(entry.tags);
  Object.freeze(entry.highlightTags);
  return Object.freeze(entry);
}

/** The non-derived fields of an entry: what the notes file keeps. */
export function entryFields(entry: ArticleEntry | EntryFields): EntryFields {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) {
    if (!DERIVED.has(key)) fields[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
  }
  return fields as EntryFields;
}

export function emptyNotesFile(entry: EntryFields): NotesFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    entry,
    notes: {
      articleId: entry.id,
      note: { markdown: '', editorState: null, updatedAt: null },
      highlights: [],
      corrections: [],
    },
  };
}

/** An index entry with the stamp of the notes file its derived fields came from. */
export interface IndexedEntry {
  entry: ArticleEntry;
  stamp: FileStamp | null;
}
