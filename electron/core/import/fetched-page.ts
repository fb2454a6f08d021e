import { GlossError } from '../errors';
import { extractPage } from './html/extract-page';
import { pageArticle } from './parse-article-file';
import type { ParsedArticle } from './types';

/** A web page Gloss fetched: its decoded HTML and the address it came from (after redirects). */
export interface FetchedPage {
  html: string;
  url: string;
}

/**
 * A fetched web page as an article: the same extraction as a saved page (Readability on
 * linkedom, html/extract-page.ts), links and images resolved against the page's address, the
 * canonical address as `url`. Pure: runs in the import worker.
 */
export function parseFetchedPage(page: FetchedPage): ParsedArticle {
  const extracted = extractPage(page.html, page.url);
  const host = new URL(page.url).host;
  try {
    return pageArticle({ ...extracted, url: extracted.url ?? page.url }, new URL(page.url).pathname);
  } catch (error) {
    if (error instanceof GlossError && error.code === 'empty-file')
      throw new GlossError('empty-file', `The page at ${host} has no article text to import.`);
    throw error;
  }
}
