import type { EntityType } from '../../contract/model';

/**
 * Tags and links in a form Obsidian and Logseq both read. Obsidian tags allow letters, digits,
 * "_", "-" and "/" (nesting), no spaces, and not digits alone; Logseq reads the same "#tag".
 * So spaces become hyphens ("foreign policy" → #foreign-policy), other punctuation goes, and an
 * all-digit tag gets a leading underscore (#_2024).
 */
export function tagName(name: string): string | null {
  const cleaned = name
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}_\-/]/gu, '')
    .replace(/-{2,}/g, '-')
    .replace(/\/{2,}/g, '/')
    .replace(/^[-/]+|[-/]+$/g, '');
  if (cleaned === '') return null;
  return /^[\d/-]+$/.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** "#name" for each tag that survives cleaning, without duplicates (case-insensitive). */
export function hashtags(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const tag = tagName(name);
    if (tag === null || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(`#${tag}`);
  }
  return out;
}

/** A nested tag for an entity, e.g. person + "Sergey Lavrov" → "person/Sergey-Lavrov". */
export function entityTag(type: EntityType, name: string): string {
  const leaf = tagName(name.replace(/\//g, ' ')) ?? 'unnamed';
  return `${type}/${leaf.replace(/^_/, '')}`;
}

/**
 * A wiki link to a page named after the entity. "[", "]", "|", "#" and "^" would end or
 * redirect the link, and "/", "\" and ":" cannot be in a note's file name, so they go.
 */
export function wikiLink(name: string): string | null {
  const target = name
    .replace(/[[\]|#^]/g, '')
    .replace(/[/\\:]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return target === '' ? null : `[[${target}]]`;
}
