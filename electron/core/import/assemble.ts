import type { Block } from '../../contract/model';
import type { DraftArticle, ParsedArticle } from './types';
import { titleFromFileName } from './file-name';

const MAX_TITLE = 200;
// Chinese and Japanese have no spaces between words: each character counts as one, the usual
// approximation. (Intl.Segmenter would be exact, but V8's is quadratic on long texts.)
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
// Letters and digits, joined by apostrophes and hyphens ("Russia's", "two-day" are one word each).
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** Words as a reader counts them, in linear time. */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return cjk + words;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * The title a reader would give the article when the file states none: the lead image's
 * caption (news pages caption the lead photo with the story in one line), a file name made of
 * words, the first heading, else the opening words of the text.
 */
export function deriveTitle(draft: DraftArticle, fileName: string): string {
  if (draft.title && draft.title.trim() !== '')
    return shorten(draft.title.replace(/\s+/g, ' ').trim(), MAX_TITLE);
  const caption = draft.blocks.find(
    (block) => block.kind === 'caption' && !block.credit && block.text.length <= MAX_TITLE,
  );
  if (caption) return caption.text.replace(/\.$/, '');
  const fromName = titleFromFileName(fileName);
  if (fromName) return fromName;
  const heading = draft.blocks.find((block) => block.kind === 'heading');
  if (heading) return shorten(heading.text, MAX_TITLE);
  const first = draft.blocks[0]?.text ?? '';
  const sentence = /^.*?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
  return shorten(sentence.replace(/\.$/, ''), 100);
}

/** Join the blocks into the article text ("\n\n" between blocks) and record each one's offsets. */
export function assemble(draft: DraftArticle, fileName: string): ParsedArticle {
  const blocks: Block[] = [];
  let offset = 0;
  for (const draftBlock of draft.blocks) {
    if (blocks.length > 0) offset += 2;
    blocks.push({
      kind: draftBlock.kind,
      text: draftBlock.text,
      start: offset,
      end: offset + draftBlock.text.length,
    });
    offset += draftBlock.text.length;
  }
  const text = blocks.map((block) => block.text).join('\n\n');
  return {
    title: deriveTitle(draft, fileName),
    byline: draft.byline,
    publishedAt: draft.publishedAt,
    blocks,
    text,
    wordCount: countWords(text),
  };
}
