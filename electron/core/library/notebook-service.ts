import type { Api } from '../../contract/api';
import type { EntityType, NotebookEntry } from '../../contract/model';
import { exportHighlights } from '../export/export-highlights';
import { passageQuote, webImage } from '../export/figure-markdown';
import { exportFigures } from './export-media';
import { GlossError } from '../errors';
import type { ArticleEntry, Store, StoredHighlight } from '../storage/store';

type NotebookMethods = Pick<Api, 'highlights/list' | 'export/highlights'>;
type Filters = Parameters<Api['highlights/list']>[0];

/** What the notebook needs from entity detection: the articles and spans that mention an entity. */
export interface EntityLookup {
  articlesMentioning(name: string, type: EntityType): Promise<Set<string>>;
  /** The article's mentions of that entity, corrections applied. */
  mentionsIn(articleId: string, name: string, type: EntityType): Promise<{ start: number; end: number }[]>;
}

const lower = (text: string) => text.trim().toLowerCase();

function toEntry(entry: ArticleEntry, highlight: StoredHighlight): NotebookEntry {
  return {
    id: highlight.id,
    articleId: entry.id,
    articleTitle: entry.title,
    color: highlight.color,
    exact: highlight.selector.quote.exact,
    note: highlight.note,
    tags: highlight.tags,
    createdAt: highlight.createdAt,
    updatedAt: highlight.updatedAt,
  };
}

/** Whether a highlight passes the filters that need nothing but the highlight itself. */
function passes(highlight: StoredHighlight, filters: Filters): boolean {
  if (filters.color && highlight.color !== filters.color) return false;
  if (filters.tag && !highlight.tags.some((tag) => lower(tag) === lower(filters.tag!))) return false;
  if (filters.hasNote !== undefined && (highlight.note.markdown.trim() !== '') !== filters.hasNote)
    return false;
  const day = highlight.createdAt.slice(0, 10);
  if (filters.after && day < filters.after) return false;
  if (filters.before && day > filters.before) return false;
  return true;
}

/**
 * The notebook: every highlight across the library, newest first, filtered by tag, color,
 * entity, article, creation date and whether it has a note. Articles' text is immutable, so a
 * highlight's stored position is where it is (an entity filter compares it with the mentions).
 */
export function notebookMethods(store: Store, entities: EntityLookup): NotebookMethods {
  async function matching(filters: Filters): Promise<NotebookEntry[]> {
    let articles = store.list();
    if (filters.articleId) articles = articles.filter((entry) => entry.id === filters.articleId);
    if (filters.tag) {
      const tag = lower(filters.tag);
      articles = articles.filter((entry) => entry.highlightTags.some((known) => lower(known) === tag));
    }
    articles = articles.filter((entry) => entry.highlightCount > 0);
    const entity = filters.entity;
    if (entity) {
      const mentioning = await entities.articlesMentioning(entity.name, entity.type);
      articles = articles.filter((entry) => mentioning.has(entry.id));
    }
    const found: NotebookEntry[] = [];
    for (const entry of articles) {
      const notes = await store.peekNotes(entry.id);
      let kept = notes.highlights.filter((highlight) => passes(highlight, filters));
      if (entity && kept.length > 0) {
        const mentions = await entities.mentionsIn(entry.id, entity.name, entity.type);
        kept = kept.filter(({ selector: { position } }) =>
          mentions.some((mention) => mention.start < position.end && mention.end > position.start),
        );
      }
      for (const highlight of kept) found.push(toEntry(entry, highlight));
    }
    return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  }

  return {
    'highlights/list': async (filters) => {
      if (filters.articleId && !store.entry(filters.articleId)) {
        throw new GlossError('not-found', 'That article is not in the library. It may have been deleted.');
      }
      const all = await matching(filters);
      const offset = filters.offset ?? 0;
      return { entries: all.slice(offset, offset + (filters.limit ?? 100)), total: all.length };
    },

    'export/highlights': async ({ highlights }) => {
      const wanted = new Map<string, Set<string>>();
      for (const { articleId, id } of highlights)
        wanted.set(articleId, (wanted.get(articleId) ?? new Set()).add(id));
      const entries: NotebookEntry[] = [];
      const quotes = new Map<string, string>();
      for (const [articleId, ids] of wanted) {
        const entry = store.entry(articleId);
        if (!entry)
          throw new GlossError(
            'not-found',
            'One of those highlights is in an article no longer in the library.',
          );
        const notes = await store.peekNotes(articleId);
        const found = notes.highlights.filter((highlight) => ids.has(highlight.id));
        if (found.length !== ids.size)
          throw new GlossError('not-found', 'One of those highlights no longer exists.');
        entries.push(
          ...found
            .sort((a, b) => a.selector.position.start - b.selector.position.start)
            .map((h) => toEntry(entry, h)),
        );
        // The article's text never changes, so a stored position is where the quote is.
        const content = await store.readContent(articleId);
        const article = { ...content, figures: exportFigures(content.blocks) };
        for (const { id, selector } of found) {
          const quote = { ...selector.position, exact: selector.quote.exact, anchor: 'position' as const };
          quotes.set(`${articleId}/${id}`, passageQuote(quote, article, webImage));
        }
      }
      return exportHighlights(entries, new Date(), quotes);
    },
  };
}
