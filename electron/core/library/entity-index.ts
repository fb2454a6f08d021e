import type { EntityIndexEntry, EntityType } from '../../contract/model';
import type { Detection } from '../entities';

interface Occurrence {
  mentionCount: number;
  firstMention: { start: number; end: number };
}

interface Indexed {
  name: string;
  type: EntityType;
  articles: Map<string, Occurrence>;
}

const keyOf = (name: string, type: EntityType) => `${type}:${name.toLowerCase()}`;

/**
 * Which articles mention which entity, across the library, keyed by canonical name and type.
 * Kept in memory: filled from the entity caches on first use and updated as articles are
 * detected, corrected or deleted.
 */
export class EntityIndex {
  private readonly entities = new Map<string, Indexed>();
  private readonly byArticle = new Map<string, string[]>();

  /** Replace what the index knows about one article (corrections already applied). */
  set(articleId: string, detection: Detection): void {
    this.remove(articleId);
    const keys: string[] = [];
    for (const entity of detection.entities) {
      const mentions = detection.mentions.filter((mention) => mention.entityId === entity.id);
      const first = mentions[0];
      if (!first || entity.type === 'date') continue;
      const key = keyOf(entity.name, entity.type);
      const indexed = this.entities.get(key) ?? { name: entity.name, type: entity.type, articles: new Map() };
      indexed.articles.set(articleId, {
        mentionCount: mentions.length,
        firstMention: { start: first.start, end: first.end },
      });
      this.entities.set(key, indexed);
      keys.push(key);
    }
    this.byArticle.set(articleId, keys);
  }

  remove(articleId: string): void {
    for (const key of this.byArticle.get(articleId) ?? []) {
      const indexed = this.entities.get(key);
      indexed?.articles.delete(articleId);
      if (indexed && indexed.articles.size === 0) this.entities.delete(key);
    }
    this.byArticle.delete(articleId);
  }

  has(articleId: string): boolean {
    return this.byArticle.has(articleId);
  }

  /** The articles mentioning an entity, most mentions first; titles come from the caller. */
  lookup(
    name: string,
    type: EntityType,
    titleOf: (articleId: string) => string | undefined,
  ): EntityIndexEntry {
    const indexed = this.entities.get(keyOf(name, type));
    const articles = [...(indexed?.articles ?? [])].flatMap(([articleId, occurrence]) => {
      const title = titleOf(articleId);
      return title === undefined ? [] : [{ articleId, title, ...occurrence }];
    });
    articles.sort((a, b) => b.mentionCount - a.mentionCount || a.title.localeCompare(b.title));
    return { name: indexed?.name ?? name, type, articles };
  }
}
