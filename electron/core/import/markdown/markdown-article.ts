import { Lexer, type Token, type Tokens } from 'marked';
import type { BlockShape, BuiltContent, ImageReference } from '../rich/article-builder';
import { ArticleBuilder } from '../rich/article-builder';
import { isBoilerplate, isCaption } from '../classify-unit';
import { splitFrontMatter, type FrontMatter } from '../front-matter';
import { plainText } from '../html-text';
import { walkInline, type InlineContext } from './markdown-inline';

type Context = InlineContext & {
  /** What a paragraph is here: a paragraph, or a quote inside a blockquote. */
  paragraph: 'paragraph' | 'quote';
  /** Set while inside a list item: the shape its first text opens. */
  item: { shape: BlockShape & { kind: 'list-item' }; started: boolean } | null;
  depth: number;
};

/** The plain text of inline tokens, as the builder would write it. */
function plainOf(tokens: Token[] | undefined, base: string | null): string {
  const builder = new ArticleBuilder();
  walkInline(
    tokens?.filter((token) => token.type !== 'image'),
    { builder, base },
  );
  return builder.finish().text;
}

function walkBlocks(tokens: Token[], context: Context): void {
  const { builder } = context;
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading;
        const level = Math.min(Math.max(heading.depth, 1), 6) as 1 | 2 | 3 | 4 | 5 | 6;
        builder.shape({ kind: 'heading', level });
        walkInline(heading.tokens, context);
        builder.close();
        break;
      }
      case 'paragraph':
      case 'text': {
        const inline = token as Tokens.Paragraph;
        const tokens = inline.tokens ?? [{ type: 'text', raw: inline.text, text: inline.text }];
        if (context.item && builder.inBlock && builder.currentShape === context.item.shape) {
          // A second paragraph of one list item stays in the item, on its own line.
          builder.lineBreak();
        } else if (context.item && !context.item.started) {
          context.item.started = true;
          builder.shape(context.item.shape);
        } else {
          const plain = plainOf(tokens, context.base);
          if (context.paragraph === 'paragraph' && plain !== '' && isBoilerplate(plain)) break;
          const caption = context.paragraph === 'paragraph' && isCaption(plain);
          builder.shape({ kind: caption ? 'caption' : context.paragraph });
        }
        const deferred: ImageReference[] = [];
        const textual = plainOf(tokens, context.base) !== '';
        walkInline(tokens, textual ? { ...context, deferred: [deferred] } : context);
        if (!context.item || deferred.length > 0) builder.close();
        for (const image of deferred) builder.figure(image);
        break;
      }
      case 'blockquote':
        builder.close();
        walkBlocks((token as Tokens.Blockquote).tokens, { ...context, paragraph: 'quote', item: null });
        builder.close();
        break;
      case 'list': {
        const list = token as Tokens.List;
        const start = typeof list.start === 'number' ? list.start : 1;
        list.items.forEach((item, index) => {
          builder.close();
          const shape = {
            kind: 'list-item' as const,
            ordered: list.ordered,
            depth: context.depth,
            ...(list.ordered ? { number: start + index } : {}),
          };
          const inItem = { ...context, item: { shape, started: false }, depth: context.depth + 1 };
          walkBlocks(item.tokens, inItem);
          builder.close();
        });
        break;
      }
      case 'code': {
        const code = token as Tokens.Code;
        const language = /^[\w+#.-]{1,30}$/.exec(code.lang ?? '')?.[0];
        builder.shape({ kind: 'code', ...(language ? { language } : {}) });
        builder.literal(code.text);
        builder.close();
        break;
      }
      case 'table': {
        const table = token as Tokens.Table;
        builder.beginTable();
        for (const [header, row] of [
          [true, table.header] as const,
          ...table.rows.map((r) => [false, r] as const),
        ]) {
          builder.beginRow();
          for (const cell of row) {
            builder.beginCell(header);
            walkInline(cell.tokens, context);
          }
        }
        builder.endTable();
        break;
      }
      case 'hr':
        builder.rule();
        break;
      case 'html': {
        // A block of HTML: its words, never its markup (script and style go with their content).
        const text = plainText((token as Tokens.HTML).text);
        if (text.trim() === '') break;
        builder.shape({ kind: context.paragraph });
        builder.text(text);
        builder.close();
        break;
      }
      default:
        // space, def (link definitions) and checkboxes carry no article text.
        break;
    }
  }
}

export interface MarkdownArticle {
  meta: FrontMatter | null;
  /** The document's own title: the front matter's, else an opening level-1 heading. */
  title: string | null;
  content: BuiltContent;
}

/**
 * Markdown as rich content: marked's lexer gives the structure, walked into blocks (headings
 * with their level, list items with nesting and numbers, quotes, code, tables, figures, rules)
 * and marks (links, emphasis, strong, code, strikethrough). An opening `#` heading is the title
 * and not a block; without one, the first level-1 heading names the article.
 */
export function parseMarkdownArticle(source: string): MarkdownArticle {
  const { meta, body } = splitFrontMatter(source);
  const tokens = new Lexer({ gfm: true }).lex(body);
  const base = meta?.url ?? null;
  let title = meta?.title ?? null;
  const firstIndex = tokens.findIndex((token) => token.type !== 'space');
  const first = tokens[firstIndex];
  if (first?.type === 'heading' && (first as Tokens.Heading).depth === 1) {
    const opening = plainOf((first as Tokens.Heading).tokens, base);
    if (title === null || title === opening) {
      title = opening;
      tokens.splice(firstIndex, 1);
    }
  }
  if (title === null) {
    const h1 = tokens.find((token) => token.type === 'heading' && (token as Tokens.Heading).depth === 1);
    if (h1) title = plainOf((h1 as Tokens.Heading).tokens, base);
  }
  const builder = new ArticleBuilder();
  walkBlocks(tokens, { builder, base, paragraph: 'paragraph', item: null, depth: 0 });
  return { meta, title, content: builder.finish() };
}
