import { stringify } from 'yaml';
import type { Entity, EntityType } from '../../contract/model';
import type { ExportArticle } from './types';
import { plainField } from './plain-field';
import { tagName } from './tags';

// Front matter keys for the entity types worth listing; dates are not people's interest here.
const LISTS: [EntityType, string][] = [
  ['person', 'people'],
  ['organization', 'organizations'],
  ['place', 'places'],
  ['event', 'events'],
  ['group', 'groups'],
];

/** Canonical names of one type, most mentioned first, each once. */
function names(entities: Entity[], type: EntityType): string[] {
  const ofType = entities.filter((entity) => entity.type === type && plainField(entity.name) !== '');
  ofType.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  return [...new Set(ofType.map((entity) => plainField(entity.name)))];
}

/**
 * The YAML front matter block, "---" fences included. Built as data and written by the `yaml`
 * package, so titles with colons, quotes, "#", leading "-" or line breaks are always quoted
 * correctly. Keys are always present (empty lists, null dates) so scripts can rely on them.
 * Every text value is plain (plainField): no HTML tag, no bidi control.
 */
export function frontMatter(article: ExportArticle, entities: Entity[]): string {
  const data: Record<string, unknown> = {
    title: plainField(article.title),
    author: article.byline === null ? null : plainField(article.byline),
    source: plainField(article.source),
    url: article.url ? plainField(article.url) : null,
    site: article.siteName ? plainField(article.siteName) : null,
    published: article.publishedAt,
    added: article.addedAt,
    // Obsidian rejects tags with spaces in properties too: the same form as inline tags.
    tags: [...new Set(article.tags.map(tagName).filter((tag): tag is string => tag !== null))],
  };
  for (const [type, key] of LISTS) data[key] = names(entities, type);
  // lineWidth 0: never fold a long title over several lines.
  return `---\n${stringify(data, { lineWidth: 0 })}---`;
}
