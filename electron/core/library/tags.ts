import type { Tag, TagColor } from '../../contract/model';
import { TAG_COLORS } from '../../contract/values';
import type { ArticleEntry } from '../storage/store';
import { neutralizeBidi } from '../text/bidi';

/** How long a tag may be, and what it may not contain (a line of tags is split at these). */
export const MAX_TAG_LENGTH = 64;
export const TAG_FORBIDDEN = /[\n\r\t,#]/;

/** A tag made from someone else's label (an imported annotation's): forbidden characters become spaces. */
export function tagFromLabel(label: string): string {
  return label
    .replace(new RegExp(TAG_FORBIDDEN, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TAG_LENGTH)
    .trim();
}

/**
 * Clean a list of tags: no bidi controls, trimmed, inner whitespace collapsed, deduplicated
 * case-insensitively.
 * A tag already used somewhere in the library keeps the spelling it was first given there.
 */
export function canonicalTags(input: readonly string[], known: readonly string[]): string[] {
  const spelling = new Map(known.map((tag) => [tag.toLowerCase(), tag]));
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of input) {
    const tag = neutralizeBidi(raw).trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    result.push(spelling.get(key) ?? tag);
  }
  return result;
}

function colorOf(colors: Record<string, string>, key: string): TagColor | null {
  // An own, known color only: a tag named "__proto__" or a hand-edited index gets none. Colors
  // are palette names, never CSS, so nothing stored reaches a style.
  const color = Object.hasOwn(colors, key) ? colors[key] : undefined;
  return TAG_COLORS.find((known) => known === color) ?? null;
}

/**
 * Every tag in the library with the number of articles that carry it (on themselves or a
 * highlight), and its color from `colors` (keyed by lower-cased name).
 */
export function tagsInUse(entries: readonly ArticleEntry[], colors: Record<string, string> = {}): Tag[] {
  const tags = new Map<string, Tag>();
  for (const entry of entries) {
    const onArticle = new Set<string>();
    for (const name of [...entry.tags, ...entry.highlightTags]) {
      const key = name.toLowerCase();
      if (onArticle.has(key)) continue;
      onArticle.add(key);
      const tag = tags.get(key) ?? { name, color: colorOf(colors, key), count: 0 };
      tag.count += 1;
      tags.set(key, tag);
    }
  }
  return [...tags.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export { hasTag } from '../search/source';
