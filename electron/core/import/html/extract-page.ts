import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ArticleBuilder, type BuiltContent } from '../rich/article-builder';
import { walkDom, type DomNode } from './dom-blocks';
import { removeChrome } from './page-chrome';
import { pageTitle } from './page-title';
import { readPageMetadata, languageTag, type PageMetadata } from './page-metadata';

/** A web page's article: what the page says about itself, and its content as blocks and marks. */
export interface ExtractedPage {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  lang: string | null;
  /** The canonical address, else the address the page was read from; null for a file without one. */
  url: string | null;
  excerpt: string | null;
  leadImage: string | null;
  content: BuiltContent;
}

const MAX_BYLINE = 200;

/** "By Ann Lee and Bo Chen" -> "Ann Lee and Bo Chen"; junk (a paragraph taken for a byline) -> null. */
function cleanByline(value: string | null | undefined): string | null {
  const text = (value ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^by\s+/i, '');
  return text === '' || text.length > MAX_BYLINE ? null : text;
}

/** Readability's answer for the document, or null when it finds no article. */
function readability(document: unknown): {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  content: DomNode;
} | null {
  const reader = new Readability(document as Document, {
    serializer: (element: Node) => element as unknown as string,
    keepClasses: true,
  });
  const result = reader.parse();
  if (!result?.content) return null;
  return {
    title: result.title ?? null,
    byline: result.byline ?? null,
    siteName: result.siteName ?? null,
    lang: result.lang ?? null,
    publishedTime: result.publishedTime ?? null,
    excerpt: result.excerpt ?? null,
    content: result.content as unknown as DomNode,
  };
}

/** Where a saved page says it came from: `<!-- saved from url=(0042)https://... -->` (Chrome, IE). */
function savedFromUrl(html: string): string | null {
  const match = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+)\s*-->/i.exec(html.slice(0, 2000));
  return match?.[1] ?? null;
}

/**
 * A web page as an article: metadata read from the page (meta tags, JSON-LD, `<time>`,
 * canonical link), the chrome taken out, Mozilla Readability on a linkedom DOM finding the
 * article, and its DOM walked into blocks and marks. `pageUrl` is where the page was fetched
 * (null for a saved file: its own "saved from" comment or canonical link gives it). Pure and
 * synchronous; images stay references for the caller to resolve.
 */
export function extractPage(html: string, pageUrl: string | null): ExtractedPage {
  const { document } = parseHTML(html);
  const base = pageUrl ?? savedFromUrl(html);
  const meta: PageMetadata = readPageMetadata(document, base);
  const address = meta.canonicalUrl ?? base;
  removeChrome(document);
  const body = (document as { body?: unknown }).body as DomNode | undefined;
  const headings = Array.from(document.querySelectorAll('h1')).map((heading) => heading.textContent ?? '');
  const found = readability(document);
  const siteName = found?.siteName?.trim() || meta.siteName;
  const title = pageTitle({
    metaTitle: meta.title,
    readabilityTitle: found?.title ?? null,
    siteName,
    headings,
  });
  const builder = new ArticleBuilder();
  // Links and images resolve against the page's address; a saved page's own images stay relative.
  const linkBase = address;
  if (found) walkDom(found.content, builder, { base: linkBase, title, imageBase: pageUrl });
  else if (body) walkDom(body, builder, { base: linkBase, title, imageBase: pageUrl });
  const byline = cleanByline(found?.byline) ?? cleanByline(meta.byline);
  return {
    title,
    byline,
    siteName,
    publishedAt: meta.publishedAt,
    lang: meta.lang ?? languageTag(found?.lang),
    url: address,
    excerpt: meta.excerpt ?? found?.excerpt ?? null,
    leadImage: meta.leadImage,
    content: dropBylineBlock(builder.finish(), byline),
  };
}

/** Readability leaves a byline paragraph ("By Ann Lee") at the top when it took the byline from meta. */
function dropBylineBlock(content: BuiltContent, byline: string | null): BuiltContent {
  if (!byline) return content;
  const index = content.blocks.slice(0, 3).findIndex((block) => {
    const text = block.text.replace(/^by\s+/i, '').replace(/[\s|,·•]+$/, '');
    return block.kind === 'paragraph' && block.text.length <= byline.length + 40 && text.startsWith(byline);
  });
  if (index < 0) return content;
  return removeBlock(content, index);
}

/** The content without one block, every offset after it moved back. */
export function removeBlock(content: BuiltContent, index: number): BuiltContent {
  const removed = content.blocks[index]!;
  const isLast = index === content.blocks.length - 1;
  // The block and the separator after it (before it, for the last block) leave the text.
  const cutStart = isLast && index > 0 ? removed.start - 2 : removed.start;
  const cutEnd = isLast ? removed.end : removed.end + 2;
  const shift = cutEnd - cutStart;
  const move = (offset: number) => (offset >= cutEnd ? offset - shift : offset);
  const blocks = content.blocks
    .filter((_, i) => i !== index)
    .map((block) => {
      const moved = { ...block, start: move(block.start), end: move(block.end) };
      if (moved.kind === 'table' && block.kind === 'table')
        moved.rows = block.rows.map((row) => ({
          cells: row.cells.map((cell) => ({ ...cell, start: move(cell.start), end: move(cell.end) })),
        }));
      return moved;
    });
  const marks = content.marks
    .filter((mark) => mark.end <= removed.start || mark.start >= removed.end)
    .map((mark) => ({ ...mark, start: move(mark.start), end: move(mark.end) }));
  const figures = content.figures
    .filter((figure) => figure.blockIndex !== index)
    .map((figure) => ({
      ...figure,
      blockIndex: figure.blockIndex > index ? figure.blockIndex - 1 : figure.blockIndex,
    }));
  return { blocks, text: content.text.slice(0, cutStart) + content.text.slice(cutEnd), marks, figures };
}
