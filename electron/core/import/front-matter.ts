import { parse } from 'yaml';
import { dateFromValue } from './dates';

export interface FrontMatter {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  /** `tags` (a list or a comma-separated string; Obsidian's "#tag" spelling too). */
  tags: string[];
  /** `source`, `url` or `link`: where the article was published, when it is a web address. */
  url: string | null;
}

function tagList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return items
    .filter((item): item is string | number => typeof item === 'string' || typeof item === 'number')
    .map((item) => String(item).trim().replace(/^#/, ''))
    .filter((item) => item !== '' && item.length <= 100);
}

function webAddress(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

function text(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim().replace(/\s+/g, ' ');
  if (Array.isArray(value)) {
    const names = value.map(text).filter((name): name is string => name !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  return null;
}

/**
 * YAML front matter (Obsidian, Jekyll, Hugo, MarkDownload): `title`, `date`/`published`,
 * `author`/`byline`, `tags`, `source`/`url`. Only a block that parses to a mapping counts; anything else ("---" as a
 * rule) is left in the body.
 */
export function splitFrontMatter(source: string): { meta: FrontMatter | null; body: string } {
  const fence = FENCE.exec(source);
  if (!fence) return { meta: null, body: source };
  let data: unknown;
  try {
    // Dates stay strings so "2024-04-09" is not shifted by a time zone.
    data = parse(fence[1]!, { schema: 'core' });
  } catch {
    return { meta: null, body: source };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { meta: null, body: source };
  const fields = data as Record<string, unknown>;
  const meta: FrontMatter = {
    title: text(fields.title),
    byline: text(fields.author ?? fields.authors ?? fields.byline),
    publishedAt: dateFromValue(fields.published ?? fields.date ?? fields.published_at ?? fields.created),
    tags: tagList(fields.tags ?? fields.keywords),
    url: webAddress(fields.source) ?? webAddress(fields.url) ?? webAddress(fields.link),
  };
  return { meta, body: source.slice(fence[0].length) };
}
