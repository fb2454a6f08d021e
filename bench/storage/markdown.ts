/**
 * "Export one article" in the storage benchmark: the app's own exporter over the data each
 * backend holds, with highlights re-anchored as the library does (no entities: detection is not
 * storage's business, and would dominate the time).
 */
import type { ArticleEntry, ArticleNotes } from '../../electron/core/storage/store';
import { exportMarkdown } from '../../electron/core/export';
import { toHighlight } from '../../electron/core/library/highlights-service';

export function exportArticle(entry: ArticleEntry, text: string, notes: ArticleNotes): string {
  return exportMarkdown({
    article: { ...entry, text },
    note: notes.note,
    highlights: notes.highlights.map((stored) => toHighlight(entry.id, text, stored)),
    entities: [],
    mentions: [],
    settings: { exportEntities: 'none' },
  }).markdown;
}
