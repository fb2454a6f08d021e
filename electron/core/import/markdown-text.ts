import { Lexer, type Token, type Tokens } from 'marked';
import type { DraftArticle, DraftBlock } from './types';
import { isBoilerplate, isCaption } from './classify-unit';
import { splitFrontMatter } from './front-matter';
import { plainText } from './html-text';
import { imageOnlyAlt, inlineText } from './inline-text';
import { refineBlocks } from './refine-blocks';
import { squash, splitUnits } from './split-units';

type Heading = { depth: number; index: number };

function collect(
  tokens: Token[],
  kind: DraftBlock['kind'] | null,
  blocks: DraftBlock[],
  headings: Heading[],
): void {
  const push = (blockKind: DraftBlock['kind'], text: string): void => {
    const clean = squash(text.replace(/\s*\n\s*/g, ' '));
    if (clean !== '') blocks.push({ kind: blockKind, text: clean });
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading;
        headings.push({ depth: heading.depth, index: blocks.length });
        push(kind ?? 'heading', inlineText(heading.tokens));
        break;
      }
      case 'paragraph':
      case 'text': {
        const inline = token as Tokens.Paragraph | Tokens.Text;
        const alt = imageOnlyAlt(inline.tokens);
        if (alt !== null) push('caption', plainText(alt));
        else push(kind ?? 'paragraph', inline.tokens ? inlineText(inline.tokens) : plainText(inline.text));
        break;
      }
      case 'blockquote':
        collect((token as Tokens.Blockquote).tokens, 'quote', blocks, headings);
        break;
      case 'list':
        for (const item of (token as Tokens.List).items)
          collect(item.tokens, kind ?? 'list-item', blocks, headings);
        break;
      case 'code': {
        // Code is literal text and keeps its lines; blank lines inside would split the block.
        const text = (token as Tokens.Code).text.replace(/\n\s*\n/g, '\n').trim();
        if (text !== '') blocks.push({ kind: kind ?? 'paragraph', text });
        break;
      }
      case 'html':
        for (const unit of splitUnits(plainText((token as Tokens.HTML).text)))
          push(kind ?? 'paragraph', unit);
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows])
          push(kind ?? 'paragraph', row.map((cell) => inlineText(cell.tokens)).join(' | '));
        break;
      }
      default:
        // space, hr, def (link definitions) and checkboxes carry no article text.
        break;
    }
  }
}

/**
 * Markdown as a draft article: marked's lexer gives the structure, inline markup is reduced to
 * plain text. The title is the front matter's, else the first level-1 heading when it opens the
 * document (it is then the title, not a block).
 */
export function parseMarkdown(source: string): DraftArticle {
  const { meta, body } = splitFrontMatter(source);
  const blocks: DraftBlock[] = [];
  const headings: Heading[] = [];
  collect(new Lexer({ gfm: true }).lex(body), null, blocks, headings);

  let title = meta?.title ?? null;
  const first = headings[0];
  const opening = first?.index === 0 && first.depth === 1 ? blocks[0] : undefined;
  if (opening?.kind === 'heading' && (title === null || title === opening.text)) {
    blocks.shift();
    title = opening.text;
  } else if (title === null) {
    const h1 = headings.find((heading) => heading.depth === 1);
    if (h1) title = blocks[h1.index]?.text ?? null;
  }
  // Markdown saved from a web page keeps its furniture: the same line rules as plain text apply.
  const kept = blocks.filter((block) => !(block.kind === 'paragraph' && isBoilerplate(block.text)));
  const marked = kept.map((block) =>
    block.kind === 'paragraph' && isCaption(block.text) ? { ...block, kind: 'caption' as const } : block,
  );
  return {
    title,
    byline: meta?.byline ?? null,
    publishedAt: meta?.publishedAt ?? null,
    blocks: refineBlocks(marked, { guessedHeadings: false }),
  };
}
