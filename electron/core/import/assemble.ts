import type { Block, ImportFormat } from '../../contract/model';
import type { BuiltContent } from './rich/article-builder';
import type { DraftArticle, DraftBlock, ParsedArticle } from './types';
import { titleFromFileName } from './file-name';
import { TRAILING_CREDIT } from './scrape-patterns';
import { countWords } from './word-count';

const MAX_TITLE = 200;
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never end on the first half of a surrogate pair (an emoji cut in two).
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  const cut = text.slice(0, end);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * The title a reader would give the article when the file states none: the lead image's
 * caption (news pages caption the lead photo with the story in one line), a file name made of
 * words, the first heading, else the opening words of the text.
 */
export function deriveTitle(
  draft: { title: string | null; blocks: readonly { kind: string; text: string; credit?: boolean }[] },
  fileName: string,
): string {
  if (draft.title && draft.title.trim() !== '')
    return shorten(draft.title.replace(/\s+/g, ' ').trim(), MAX_TITLE);
  const caption = draft.blocks.find(
    (block) => block.kind === 'caption' && !block.credit && block.text.length <= MAX_TITLE,
  );
  if (caption) {
    const withoutCredit = TRAILING_CREDIT.reduce(
      (text, pattern) => text.replace(pattern, ''),
      caption.text,
    ).trim();
    return (withoutCredit || caption.text).replace(/[.。]$/, '');
  }
  const fromName = titleFromFileName(fileName);
  if (fromName) return fromName;
  const heading = draft.blocks.find((block) => block.kind === 'heading');
  if (heading) return shorten(heading.text, MAX_TITLE);
  const first = draft.blocks[0]?.text ?? '';
  const sentence = /^.*?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
  return shorten(sentence.replace(/\.$/, ''), 100);
}

/** A draft's block at its offset; a flat draft's headings are section headings, its list items top level. */
function blockOf(draft: DraftBlock, start: number): Block {
  const placed = { text: draft.text, start, end: start + draft.text.length };
  switch (draft.kind) {
    case 'heading':
      return { ...placed, kind: 'heading', level: 2 };
    case 'list-item':
      return { ...placed, kind: 'list-item', ordered: false, depth: 0 };
    default:
      return { ...placed, kind: draft.kind };
  }
}

/** Join the blocks into the article text ("\n\n" between blocks) and record each one's offsets. */
export function assembleDraft(draft: DraftArticle): BuiltContent {
  const blocks: Block[] = [];
  let offset = 0;
  for (const draftBlock of draft.blocks) {
    if (blocks.length > 0) offset += 2;
    blocks.push(blockOf(draftBlock, offset));
    offset += draftBlock.text.length;
  }
  const text = blocks.map((block) => block.text).join('\n\n');
  return { blocks, text, marks: [], figures: [] };
}

/** What a parser found besides the content; null where the source says nothing. */
export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  url?: string | null;
  siteName?: string | null;
  lang?: string | null;
  tags?: string[];
}

/** The parsed article: metadata, content, and a title derived when the source gives none. */
export function finishArticle(
  meta: ArticleMeta,
  content: BuiltContent,
  fileName: string,
  format: ImportFormat,
): ParsedArticle {
  return {
    title: deriveTitle({ title: meta.title, blocks: content.blocks }, fileName),
    byline: meta.byline,
    publishedAt: meta.publishedAt,
    url: meta.url ?? null,
    siteName: meta.siteName ?? null,
    lang: meta.lang ?? null,
    tags: meta.tags ?? [],
    format,
    blocks: content.blocks,
    text: content.text,
    marks: content.marks,
    figures: content.figures,
    wordCount: countWords(content.text),
  };
}

/** A plain draft as a finished article (the plain-text path, and fetched pages until they are rich). */
export function assemble(draft: DraftArticle, fileName: string, format: ImportFormat): ParsedArticle {
  return finishArticle(
    { ...draft, title: deriveTitle(draft, fileName) },
    assembleDraft(draft),
    fileName,
    format,
  );
}
