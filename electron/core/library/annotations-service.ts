import type { Api } from '../../contract/api';
import type { AnnotationImport } from '../../contract/model';
import { anchor } from '../anchoring';
import { toAnnotationCollection, type AnnotatedHighlights } from '../annotations/to-web-annotations';
import { readWebAnnotations, type IncomingAnnotation } from '../annotations/read-web-annotations';
import { articleKeys, sourceKey } from '../annotations/target-source';
import { GlossError } from '../errors';
import type { ArticleEntry, Store, StoredHighlight } from '../storage/store';
import { emptyNote, toHighlight } from './highlights-service';
import { newId, nowIso } from './ids';
import { canonicalTags, tagFromLabel, tagsInUse } from './tags';

type AnnotationMethods = Pick<Api, 'export/annotations' | 'import/annotations'>;

/** How many orphans and unmatched annotations a result lists by name (all are counted). */
const LISTED = 200;

function entriesFor(store: Store, articleIds: readonly string[] | undefined): ArticleEntry[] {
  if (!articleIds) return store.list().sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  return articleIds.map((id) => {
    const entry = store.entry(id);
    if (!entry)
      throw new GlossError(
        'not-found',
        'One of those articles is not in the library. It may have been deleted.',
      );
    return entry;
  });
}

/** The stored highlight an incoming annotation becomes, anchored in `text`; null when it is already there. */
function toStored(
  text: string,
  incoming: IncomingAnnotation,
  existing: readonly StoredHighlight[],
  known: string[],
) {
  const position = incoming.position ?? { start: 0, end: 0 };
  const anchored = anchor(text, { quote: incoming.quote, position });
  const orphan = anchored.status === 'orphan';
  const duplicate = existing.some((highlight) =>
    orphan
      ? highlight.selector.quote.exact === incoming.quote.exact
      : highlight.selector.position.start === anchored.start &&
        highlight.selector.position.end === anchored.end,
  );
  if (duplicate) return null;
  const now = nowIso();
  const stored: StoredHighlight = {
    id: newId(),
    color: incoming.color ?? 'yellow',
    selector: {
      quote: incoming.quote,
      position: orphan ? position : { start: anchored.start, end: anchored.end },
    },
    note: incoming.note
      ? { markdown: incoming.note, editorState: null, updatedAt: incoming.modified ?? now }
      : emptyNote(),
    tags: canonicalTags(incoming.tags.map(tagFromLabel), known).slice(0, 100),
    createdAt: incoming.created ?? now,
    updatedAt: incoming.modified ?? incoming.created ?? now,
  };
  return { stored, orphan };
}

/** W3C Web Annotations in and out: highlights as annotations on each article's address. */
export function annotationMethods(store: Store): AnnotationMethods {
  return {
    'export/annotations': async ({ articleIds }) => {
      const articles: AnnotatedHighlights[] = [];
      for (const entry of entriesFor(store, articleIds)) {
        const notes = await store.readNotes(entry.id);
        if (notes.highlights.length === 0) continue;
        const { text } = await store.readContent(entry.id);
        articles.push({
          article: entry,
          highlights: notes.highlights.map((stored) => toHighlight(entry.id, text, stored)),
        });
      }
      return toAnnotationCollection(articles);
    },

    'import/annotations': async ({ data }) => {
      const { annotations, skipped } = readWebAnnotations(data);
      const byKey = new Map<string, ArticleEntry>();
      for (const entry of store.list()) for (const key of articleKeys(entry)) byKey.set(key, entry);
      const groups = new Map<ArticleEntry, IncomingAnnotation[]>();
      const result: AnnotationImport = {
        imported: 0,
        duplicates: 0,
        skipped,
        orphans: [],
        orphanCount: 0,
        unmatched: [],
        unmatchedCount: 0,
        articles: [],
      };
      for (const incoming of annotations) {
        const entry = byKey.get(sourceKey(incoming.source));
        if (entry) groups.set(entry, [...(groups.get(entry) ?? []), incoming]);
        else {
          result.unmatchedCount++;
          if (result.unmatched.length < LISTED)
            result.unmatched.push({ source: incoming.source, exact: incoming.quote.exact });
        }
      }
      const known = tagsInUse(store.list()).map((tag) => tag.name);
      for (const [entry, incoming] of groups) {
        const { text } = await store.readContent(entry.id);
        const existing = [...(await store.readNotes(entry.id)).highlights];
        const added = [];
        for (const annotation of incoming) {
          const next = toStored(text, annotation, existing, known);
          if (!next) continue;
          existing.push(next.stored);
          added.push({ ...next, note: annotation.note });
        }
        // One record per highlight, written together: the notes file is written once or twice
        // (group commit), and each can be undone like any other.
        await Promise.all(
          added.map(({ stored }) =>
            store.apply({ type: 'highlight/created', articleId: entry.id, highlight: stored }),
          ),
        );
        result.duplicates += incoming.length - added.length;
        result.imported += added.length;
        if (added.length > 0)
          result.articles.push({ articleId: entry.id, title: entry.title, imported: added.length });
        for (const { stored, orphan, note } of added) {
          if (!orphan) continue;
          result.orphanCount++;
          if (result.orphans.length < LISTED) {
            result.orphans.push({
              articleId: entry.id,
              highlightId: stored.id,
              exact: stored.selector.quote.exact,
              note,
            });
          }
        }
      }
      return result;
    },
  };
}
