import type { Token, Tokens } from 'marked';
import { decodeHTML } from 'entities';
import type { MarkKind } from '../../../contract/model';
import type { ArticleBuilder, ImageReference } from '../rich/article-builder';
import { isHtmlElementName } from '../html-text';
import { safeHref } from '../rich/safe-href';

/** Inline HTML elements that are formatting Gloss keeps as marks. */
const HTML_MARKS: Record<string, MarkKind> = {
  b: 'strong',
  strong: 'strong',
  i: 'emphasis',
  em: 'emphasis',
  cite: 'emphasis',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  sub: 'sub',
  sup: 'sup',
  s: 'strike',
  del: 'strike',
  strike: 'strike',
};

/** Elements whose content is code, styling or an embedded document: never article text. */
const RAW = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'template',
  'svg',
  'math',
  'textarea',
  'title',
]);

const TAG = /^<(\/?)([a-z][a-z\d-]*)\b([^>]*)>$/i;

export interface InlineContext {
  builder: ArticleBuilder;
  /** The article's own address, to resolve relative links against. */
  base: string | null;
  /** Images met inside a paragraph of text: placed after it, so the sentence stays whole. */
  deferred?: ImageReference[][];
}

/**
 * Walk Markdown inline tokens into the builder: text as text (character references decoded,
 * so an escaped "&lt;div&gt;" reads "<div>"), emphasis, strong, code, strikethrough and links as
 * marks, images as figures. Inline HTML: formatting elements become marks, `<br>` a line break,
 * other elements go (script and style with their content); a tag-shaped string that names no
 * HTML element ("Vector<int>") is text. A link Gloss would not follow (`javascript:`) keeps its
 * text and loses its address.
 */
export function walkInline(tokens: Token[] | undefined, context: InlineContext): void {
  const { builder } = context;
  let rawUntil: string | null = null;
  for (const token of tokens ?? []) {
    if (rawUntil !== null) {
      if (token.type === 'html' && new RegExp(`^</${rawUntil}\\s*>`, 'i').test(token.raw.trim()))
        rawUntil = null;
      continue;
    }
    switch (token.type) {
      case 'text':
        if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0)
          walkInline(token.tokens, context);
        else builder.text(decodeHTML((token as Tokens.Text).text));
        break;
      case 'escape':
        builder.text((token as Tokens.Escape).text);
        break;
      case 'codespan':
        builder.openMark('code');
        builder.literal(decodeHTML((token as Tokens.Codespan).text));
        builder.closeMark('code');
        break;
      case 'br':
        builder.lineBreak();
        break;
      case 'strong':
      case 'em':
      case 'del': {
        const kind: MarkKind =
          token.type === 'strong' ? 'strong' : token.type === 'em' ? 'emphasis' : 'strike';
        builder.openMark(kind);
        walkInline((token as Tokens.Strong).tokens, context);
        builder.closeMark(kind);
        break;
      }
      case 'link': {
        const link = token as Tokens.Link;
        const href = safeHref(decodeHTML(link.href), context.base);
        if (href) builder.openMark('link', href);
        walkInline(link.tokens, context);
        if (href) builder.closeMark('link');
        break;
      }
      case 'image': {
        const image = token as Tokens.Image;
        const reference = { src: decodeHTML(image.href), alt: decodeHTML(image.text) };
        const deferred = context.deferred?.at(-1);
        if (deferred) deferred.push(reference);
        else builder.figure(reference, decodeHTML(image.title ?? ''));
        break;
      }
      case 'html':
        rawUntil = inlineHtml(token.raw.trim(), context);
        break;
      default:
        if ('text' in token && typeof token.text === 'string') builder.text(decodeHTML(token.text));
    }
  }
}

/** One inline HTML token; returns the raw element it opened (its content is skipped), if any. */
function inlineHtml(raw: string, { builder, base }: InlineContext): string | null {
  if (raw.startsWith('<!--') || raw.startsWith('<!') || raw.startsWith('<?')) return null;
  const tag = TAG.exec(raw);
  if (!tag) {
    builder.text(raw);
    return null;
  }
  const [, closing, rawName, attributes] = tag;
  const name = rawName!.toLowerCase();
  if (!isHtmlElementName(name)) {
    // "Vector<int>", "Map<K>": not markup, the author's words.
    builder.text(raw);
    return null;
  }
  if (RAW.has(name)) return closing || raw.endsWith('/>') ? null : name;
  if (name === 'br') builder.lineBreak();
  else if (name === 'a') {
    if (closing) builder.closeMark('link');
    else {
      const href = safeHref(
        decodeHTML(
          /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i
            .exec(attributes!)
            ?.slice(1)
            .find((v) => v !== undefined) ?? '',
        ),
        base,
      );
      if (href) builder.openMark('link', href);
    }
  } else {
    const kind = HTML_MARKS[name];
    if (kind) {
      if (closing) builder.closeMark(kind);
      else builder.openMark(kind);
    }
  }
  return null;
}
