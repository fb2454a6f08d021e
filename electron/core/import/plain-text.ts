import type { DraftArticle, DraftBlock } from './types';
import { countWords } from './word-count';
import { isBoilerplate, classifyUnit, isCaption, isHeadingLike, STARTS_LIKE_TITLE } from './classify-unit';
import { findDate, parseDateLine } from './dates';
import { peelHeader } from './peel-header';
import { BYLINE } from './scrape-patterns';
import { splitUnits } from './split-units';
import { refineBlocks } from './refine-blocks';

/** A unit this long is article prose: the page header (title, byline, date, image) is over. */
const BODY_WORDS = 20;
const TITLE_LABEL = /^(?:title|headline)\s*:\s*/i;
const GLUED_AD =
  /^(?:advertisement|advertisment|story continues below(?: this)? advertisement)\s+(?=\p{Lu})/iu;

const words = countWords;

/** A headline: short, no full stop at the end, and (if only a word or two) standing alone. */
function isTitleLike(unit: string, next: string | undefined, first: boolean): boolean {
  const count = words(unit);
  if (count > 25 || unit.length > 200 || /[.,;:…。，；：]$/.test(unit) || !STARTS_LIKE_TITLE.test(unit))
    return false;
  if (next === undefined) return false;
  // "World" above a headline is a section label; "Budget notes" above prose is a title.
  return count >= 3 || (first && words(next) >= BODY_WORDS);
}

/** Once the headline is found, the one- or two-word lines above it ("World", "Asia") were section labels. */
function dropSectionLabels(blocks: DraftBlock[]): void {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.kind !== 'caption' && words(block.text) <= 2 && !/[.!?]$/.test(block.text)) blocks.splice(i, 1);
  }
}

function splitByline(text: string): { name: string; date: string | null } {
  const [name = text, ...rest] = text.split(
    /\s+[|•·]\s+|\s+[–—-]\s+|,\s+(?=(?:updated|published|posted)\b)/i,
  );
  return { name: name.trim(), date: rest.length > 0 ? findDate(rest.join(' ')) : null };
}

/**
 * Plain text, often a raw web scrape, as a draft article. The head of the page is peeled for a
 * date, furniture, image credit and caption, a byline and a headline; the body is classified
 * unit by unit (see classify-unit.ts) and then in context (see refine-blocks.ts).
 */
export function parsePlainText(source: string): DraftArticle {
  const units = splitUnits(source);
  const blocks: DraftBlock[] = [];
  let title: string | null = null;
  let byline: string | null = null;
  let published: { iso: string; updated: boolean } | null = null;
  let inHeader = true;

  for (let i = 0; i < units.length; i++) {
    let unit = units[i]!;
    if (inHeader) {
      const { segments, rest } = peelHeader(unit);
      for (const segment of segments) {
        if (segment.kind === 'date') {
          if (!published || (published.updated && !segment.updated)) published = segment;
        } else if (segment.kind !== 'boilerplate') {
          blocks.push({ kind: 'caption', text: segment.text, credit: segment.kind === 'credit' });
        }
      }
      unit = rest;
      if (unit === '' || isBoilerplate(unit)) continue;
      const bylineMatch = BYLINE.exec(unit);
      if (bylineMatch && !byline && words(unit) <= 16) {
        const parts = splitByline(bylineMatch[1]!);
        byline = parts.name;
        if (parts.date && !published) published = { iso: parts.date, updated: false };
        continue;
      }
      if (isCaption(unit)) {
        blocks.push({ kind: 'caption', text: unit });
        continue;
      }
      const dateLine = parseDateLine(unit);
      if (dateLine) {
        if (!published || (published.updated && !dateLine.updated)) published = dateLine;
        continue;
      }
      if (title === null && (TITLE_LABEL.test(unit) || isTitleLike(unit, units[i + 1], i === 0))) {
        // "Headline | Site Name", as a page's <title> reads: the site is not part of the title.
        title = unit.replace(TITLE_LABEL, '').replace(/\s+\|\s+(?:[^|\s]+\s*){1,5}$/u, '');
        dropSectionLabels(blocks);
        continue;
      }
      if (words(unit) >= BODY_WORDS) inHeader = false;
    }
    unit = unit.replace(GLUED_AD, '');
    if (isBoilerplate(unit)) continue;
    const block = classifyUnit(unit);
    blocks.push(block.kind === 'paragraph' && isHeadingLike(unit) ? { ...block, kind: 'heading' } : block);
  }
  return {
    title,
    byline,
    publishedAt: published?.iso ?? null,
    blocks: refineBlocks(blocks, { guessedHeadings: true }),
  };
}
