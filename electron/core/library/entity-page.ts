import type { EntityMentionContext, EntityPage, EntityType } from '../../contract/model';
import { snippet } from '../search/snippet';
import type { ArticleContent, ArticleEntry } from '../storage/store';
import type { FoundEntities } from './entities-service';

/** Passages listed per article, and co-mentioned entities listed per page. */
const CONTEXTS_PER_ARTICLE = 5;
const CO_MENTIONS = 24;

/** One article that mentions the entity, as read for its page. */
export interface MentioningArticle {
  entry: ArticleEntry;
  content: ArticleContent;
  found: FoundEntities;
}

const keyOf = (name: string, type: EntityType) => `${type}:${name.toLowerCase()}`;

/** The block (paragraph) holding an offset: its index, found by binary search. */
function blockAt(content: ArticleContent, offset: number): number {
  let low = 0;
  let high = content.blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (content.blocks[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function contextOf(content: ArticleContent, start: number, end: number): EntityMentionContext {
  const block = content.blocks[blockAt(content, start)]!;
  const cut = snippet(block.text, start - block.start, Math.min(end, block.end) - block.start);
  return { start, snippet: cut.snippet, snippetStart: cut.start, snippetEnd: cut.end };
}

const newestFirst = (a: ArticleEntry, b: ArticleEntry) =>
  (b.publishedAt ?? b.addedAt).localeCompare(a.publishedAt ?? a.addedAt) || a.title.localeCompare(b.title);

/**
 * An entity's page from the articles that mention it: where and how it is mentioned, its
 * timeline, and who appears with it (entities in the same articles, and in the same paragraphs).
 * Pure: the caller reads the articles.
 */
/** What the articles say about an entity (the page without what the user keeps on it). */
export type FoundPage = Omit<EntityPage, 'note' | 'aliasRules'>;

export function entityPage(
  name: string,
  type: EntityType,
  articles: readonly MentioningArticle[],
): FoundPage {
  const key = keyOf(name, type);
  const aliases = new Set<string>();
  const timeline: EntityPage['timeline'] = [];
  const withIt = new Map<
    string,
    { name: string; type: EntityType; articles: Set<string>; paragraphs: number }
  >();
  const page: FoundPage = {
    name,
    type,
    aliases: [],
    mentionCount: 0,
    articles: [],
    timeline,
    coMentions: [],
  };

  for (const { entry, content, found } of [...articles].sort((a, b) => newestFirst(a.entry, b.entry))) {
    const ids = new Set(
      found.entityList.filter((entity) => keyOf(entity.name, entity.type) === key).map((e) => e.id),
    );
    const mentions = found.entities.filter((mention) => ids.has(mention.entityId));
    if (mentions.length === 0) continue;
    const canonical = found.entityList.find((entity) => ids.has(entity.id));
    if (canonical) page.name = canonical.name;
    for (const mention of mentions) if (mention.text !== page.name) aliases.add(mention.text);
    page.mentionCount += mentions.length;
    page.articles.push({
      articleId: entry.id,
      title: entry.title,
      siteName: entry.siteName,
      publishedAt: entry.publishedAt,
      addedAt: entry.addedAt,
      mentionCount: mentions.length,
      contexts: mentions.slice(0, CONTEXTS_PER_ARTICLE).map((m) => contextOf(content, m.start, m.end)),
    });
    timeline.push({
      date: (entry.publishedAt ?? entry.addedAt).slice(0, 10),
      kind: 'published',
      articleId: entry.id,
      label: entry.title,
    });

    // Paragraphs that mention the entity, and what else they mention.
    const paragraphs = new Set(mentions.map((mention) => blockAt(content, mention.start)));
    const byId = new Map(found.entityList.map((entity) => [entity.id, entity]));
    const inArticle = new Set<string>();
    const seenDates = new Set<string>();
    const inParagraph = new Map<string, Set<number>>();
    for (const mention of found.entities) {
      const other = byId.get(mention.entityId);
      if (!other || ids.has(other.id)) continue;
      const paragraph = blockAt(content, mention.start);
      if (other.type === 'date') {
        if (other.date && paragraphs.has(paragraph) && !seenDates.has(other.id)) {
          seenDates.add(other.id);
          timeline.push({
            date: other.date.value,
            kind: 'mentioned',
            articleId: entry.id,
            label: mention.text,
            start: mention.start,
          });
        }
        continue;
      }
      const otherKey = keyOf(other.name, other.type);
      inArticle.add(otherKey);
      if (paragraphs.has(paragraph))
        inParagraph.set(otherKey, (inParagraph.get(otherKey) ?? new Set()).add(paragraph));
      if (!withIt.has(otherKey))
        withIt.set(otherKey, { name: other.name, type: other.type, articles: new Set(), paragraphs: 0 });
    }
    for (const otherKey of inArticle) withIt.get(otherKey)!.articles.add(entry.id);
    for (const [otherKey, seen] of inParagraph) withIt.get(otherKey)!.paragraphs += seen.size;
  }

  page.aliases = [...aliases].sort((a, b) => a.localeCompare(b));
  timeline.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
  page.coMentions = [...withIt.values()]
    .map((other) => ({
      name: other.name,
      type: other.type,
      articleCount: other.articles.size,
      paragraphCount: other.paragraphs,
    }))
    .sort(
      (a, b) =>
        b.paragraphCount - a.paragraphCount ||
        b.articleCount - a.articleCount ||
        a.name.localeCompare(b.name),
    )
    .slice(0, CO_MENTIONS);
  return page;
}
