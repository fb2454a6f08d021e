import type { SearchMatch } from '../../contract/model';
import { fieldAt, type ArticleFields, type Field } from './article-fields';
import { snippet } from './snippet';

/** Matches listed per article; `matchCount` says how many fields matched in all. */
export const MATCHES_PER_ARTICLE = 10;

/** What may sit between two matched words for them to be marked as one: a space or punctuation. */
// eslint-disable-next-line no-control-regex -- the field separator (article-fields.ts) ends a gap
const GAP = /^[^\p{L}\p{N}\u0000]{1,3}$/u;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex for whole words (the index terms that matched: `ukrainian` for a typed `ukr`) and
 * phrases, folded as the article's fields are; longest first, so a phrase wins over its words.
 */
export function matcher(terms: string[], phrases: string[]): RegExp | null {
  const wanted = [...new Set([...phrases, ...terms])].filter(Boolean).sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${wanted.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** One pattern per phrase, for `hasPhrases` (made once per query, not once per article). */
export const phrasePatterns = (phrases: string[]): RegExp[] =>
  phrases.map((phrase) => matcher([], [phrase])!);

/** Whether every phrase occurs in a field `keep` accepts (phrases are whole, not word by word). */
export function hasPhrases(
  article: ArticleFields,
  patterns: RegExp[],
  keep: (field: Field) => boolean,
): boolean {
  return patterns.every((pattern) => {
    for (const found of article.folded.matchAll(pattern)) {
      if (keep(fieldAt(article.fields, found.index))) return true;
    }
    return false;
  });
}

/** The first match in each field `keep` accepts, in field order, as snippets; and how many fields matched. */
export function findMatches(
  article: ArticleFields,
  pattern: RegExp,
  keep: (field: Field) => boolean,
): { matches: SearchMatch[]; matchCount: number } {
  const matches: SearchMatch[] = [];
  let matchCount = 0;
  let last: Field | null = null;
  const all = [...article.folded.matchAll(pattern)];
  for (let i = 0; i < all.length; i++) {
    const found = all[i]!;
    const field = fieldAt(article.fields, found.index);
    if (field === last || !keep(field) || inHighlight(article, field, found.index)) continue;
    last = field;
    matchCount++;
    if (matches.length >= MATCHES_PER_ARTICLE) continue;
    const start = found.index - field.offset;
    // Words typed together and found together are marked as one ("café du rhône").
    let end = found.index + found[0].length;
    while (all[i + 1] && GAP.test(article.folded.slice(end, all[i + 1]!.index))) {
      end = all[++i]!.index + all[i]![0].length;
    }
    end -= field.offset;
    const { kind, highlightId, color, at } = field;
    matches.push({
      kind,
      ...(highlightId ? { highlightId, color } : {}),
      ...snippet(field.text, start, end),
      ...(at !== undefined ? { at: at + start } : {}),
    });
  }
  return { matches, matchCount };
}

/** A match in the body within a highlight (the highlight's own match says it better). */
function inHighlight(article: ArticleFields, field: Field, index: number): boolean {
  if (field.at === undefined) return false;
  const at = field.at + index - field.offset;
  return article.highlighted.some(({ start, end }) => start <= at && at < end);
}
