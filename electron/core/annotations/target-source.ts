import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What an annotation target needs to know about the article it points at. */
export interface AnnotatedArticle {
  id: string;
  url: string | null;
  source: string;
}

const ARTICLE_URN = 'urn:gloss:article:';

/**
 * The address an article's annotations target: its web address when it has one, the file it
 * was imported from as a `file:` URL, else a Gloss URN (sources such as `seeds/x.txt` are not
 * addresses anyone else could point at).
 */
export function targetSource(article: AnnotatedArticle): string {
  if (article.url && /^https?:\/\//i.test(article.url)) return article.url;
  if (/^https?:\/\//i.test(article.source)) return article.source;
  if (path.isAbsolute(article.source)) return pathToFileURL(article.source).href;
  return `${ARTICLE_URN}${article.id}`;
}

/**
 * A form of an address that survives the ways two tools write the same page: no fragment, no
 * tracking parameters, no trailing slash, the host in lower case, http and https alike.
 */
export function sourceKey(address: string): string {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return address.trim();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href;
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$)/i.test(name)) url.searchParams.delete(name);
  }
  const pathname = url.pathname.replace(/\/+$/, '');
  return `${url.host.toLowerCase()}${pathname}${url.search}`;
}

/** Every key under which an article can be found by an annotation's target source. */
export function articleKeys(article: AnnotatedArticle): string[] {
  const keys = new Set([sourceKey(targetSource(article)), `${ARTICLE_URN}${article.id}`]);
  if (/^https?:\/\//i.test(article.source)) keys.add(sourceKey(article.source));
  return [...keys];
}
