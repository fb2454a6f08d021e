import { GlossError } from '../errors';
import { assemble } from './assemble';
import { plainText } from './html-text';
import { parsePlainText } from './plain-text';
import type { ParsedArticle } from './types';

/** A web page Gloss fetched: its decoded HTML and the address it came from (after redirects). */
export interface FetchedPage {
  html: string;
  url: string;
}

// A page's chrome: navigation, banners, sidebars, forms and code are never the article.
const CHROME =
  /<(nav|header|footer|aside|form|script|style|noscript|template|iframe|svg|button|select|dialog)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK =
  /<\/?(p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|main|figure|figcaption|tr|table|pre|hr|dd|dt)\b[^>]*>/gi;

function meta(html: string, pattern: RegExp): string | null {
  const value = pattern.exec(html)?.[1];
  return value ? plainText(value).trim() || null : null;
}

function property(html: string, name: string): string | null {
  return meta(
    html,
    new RegExp(`<meta\\b[^>]*?(?:property|name)=["']${name}["'][^>]*?content=["']([^"']*)["']`, 'i'),
  );
}

/** The part of the page the article is in: its <article>, else <main>, else <body>. */
function articlePart(html: string): string {
  for (const element of ['article', 'main', 'body']) {
    const match = new RegExp(`<${element}\\b[^>]*>([\\s\\S]*)</${element}\\s*>`, 'i').exec(html);
    if (match) return match[1]!;
  }
  return html;
}

/**
 * A fetched web page as an article. A plain extraction (the page's article element, chrome
 * removed, then the plain-text importer's scrape cleaning) until the Readability extractor of
 * saved pages serves fetched ones too. Pure: runs in the import worker.
 */
export function parseFetchedPage(page: FetchedPage): ParsedArticle {
  const body = articlePart(page.html)
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(CHROME, '');
  const text = plainText(body.replace(BLOCK, '\n\n'));
  const draft = parsePlainText(text);
  // "Headline | Site Name", as a page's <title> reads: the site is not part of the title.
  const pageTitle = meta(page.html, /<title\b[^>]*>([\s\S]*?)<\/title>/i)?.replace(
    /\s+[|–—-]\s+[^|–—]{1,40}$/,
    '',
  );
  draft.title = property(page.html, 'og:title') ?? pageTitle ?? draft.title;
  draft.blocks = draft.blocks
    .map((block) => ({ ...block, text: block.text.replace(/\s+/g, ' ').trim() }))
    .filter((block) => block.text !== '');
  if (draft.blocks.length === 0) {
    throw new GlossError(
      'empty-file',
      `The page at ${new URL(page.url).host} has no article text to import.`,
    );
  }
  const canonical = meta(page.html, /<link\b[^>]*?rel=["']canonical["'][^>]*?href=["']([^"']+)["']/i);
  const article = assemble(draft, new URL(page.url).pathname, 'html');
  return {
    ...article,
    byline: article.byline ?? property(page.html, 'author'),
    url: canonicalUrl(canonical, page.url),
    siteName: property(page.html, 'og:site_name'),
    lang: meta(page.html, /<html\b[^>]*?\blang=["']?([\w-]{2,20})/i),
  };
}

/** The page's canonical address when it is a valid http(s) URL, else the address fetched. */
function canonicalUrl(canonical: string | null, fetched: string): string {
  if (!canonical) return fetched;
  try {
    const url = new URL(canonical, fetched);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : fetched;
  } catch {
    return fetched;
  }
}
