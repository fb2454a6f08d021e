import { dateFromValue } from '../dates';

/** The few DOM members metadata reading needs (linkedom's document has them). */
export interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<{
    getAttribute(name: string): string | null;
    textContent: string | null;
  }>;
  documentElement: { getAttribute(name: string): string | null } | null;
}

/**
 * The author schema.org microdata names (`itemprop="author"`, its `itemprop="name"` inside, as
 * Blogger's "Posted by" does), or null.
 */
function microdataAuthor(document: MetaDocument): string | null {
  for (const selector of ['[itemprop~="author"] [itemprop~="name"]', '[itemprop~="author"]']) {
    const element = document.querySelectorAll(selector)[0];
    const name = (element?.getAttribute('content') ?? element?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (name) return name.length <= 100 ? name : null;
  }
  return null;
}

/** What a page says about itself, read before Readability changes the document. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  excerpt: string | null;
  leadImage: string | null;
}

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|Report|WebPage|LiveBlogPosting|Review)$/;

type Json = Record<string, unknown>;

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(text).filter((name): name is string => name !== null);
    return names.length > 0 ? [...new Set(names)].join(', ') : null;
  }
  if (value && typeof value === 'object') return text((value as Json).name ?? (value as Json).url);
  return null;
}

/** The page's JSON-LD objects, `@graph`s flattened; broken blocks are skipped. */
function jsonLd(document: MetaDocument): Json[] {
  const objects: Json[] = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') {
      objects.push(value as Json);
      if ('@graph' in value) add((value as Json)['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      add(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD says nothing.
    }
  }
  return objects;
}

function isArticle(object: Json): boolean {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).some(
    (name) => typeof name === 'string' && ARTICLE_TYPES.test(name),
  );
}

function webAddress(value: string | null, base: string | null): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A BCP 47 tag as pages write it ("en_GB", "EN-gb") -> "en-GB"; null for anything else. */
export function languageTag(value: string | null | undefined): string | null {
  const match = /^([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))?/i.exec((value ?? '').trim());
  if (!match) return null;
  const region = match[2];
  return region
    ? `${match[1]!.toLowerCase()}-${region.length === 2 ? region.toUpperCase() : region}`
    : match[1]!.toLowerCase();
}

/**
 * Title, byline, site, date, language, address, excerpt and lead image from a page's `<meta>`
 * (Open Graph, Twitter, Dublin Core, article:*), JSON-LD (schema.org Article and kin), the
 * first `<time datetime>` and `<link rel="canonical">`. `base` resolves relative addresses.
 */
export function readPageMetadata(document: MetaDocument, base: string | null): PageMetadata {
  const meta = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = (
      element.getAttribute('property') ??
      element.getAttribute('name') ??
      element.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = element.getAttribute('content');
    if (key && content && !meta.has(key)) meta.set(key, content.trim());
  }
  const first = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = meta.get(key);
      if (value) return value;
    }
    return null;
  };
  const article = jsonLd(document).find(isArticle) ?? {};
  const timeElement = Array.from(document.querySelectorAll('article time[datetime], time[datetime]'))[0];
  const canonical =
    Array.from(document.querySelectorAll('link[rel~="canonical"]'))[0]?.getAttribute('href') ?? null;
  const publishedAt =
    dateFromValue(
      first(
        'article:published_time',
        'datepublished',
        'pubdate',
        'publishdate',
        'date',
        'dc.date',
        'dc.date.issued',
        'sailthru.date',
      ),
    ) ??
    dateFromValue(article.datePublished) ??
    dateFromValue(timeElement?.getAttribute('datetime')) ??
    dateFromValue(article.dateCreated);
  const image = article.image;
  return {
    title: text(first('og:title', 'twitter:title', 'dc.title')) ?? text(article.headline),
    byline:
      text(article.author) ??
      text(first('author', 'article:author', 'dc.creator', 'dcterms.creator', 'byl', 'sailthru.author')) ??
      microdataAuthor(document),
    siteName:
      text(first('og:site_name', 'application-name')) ?? text((article.publisher as Json | undefined)?.name),
    publishedAt,
    lang:
      languageTag(document.documentElement?.getAttribute('lang')) ??
      languageTag(first('content-language', 'dc.language', 'og:locale')) ??
      languageTag(text(article.inLanguage)),
    canonicalUrl: webAddress(canonical, base) ?? webAddress(first('og:url'), base),
    excerpt: text(first('description', 'og:description', 'twitter:description')) ?? text(article.description),
    leadImage: webAddress(
      first('og:image', 'og:image:url', 'twitter:image') ?? text(Array.isArray(image) ? image[0] : image),
      base,
    ),
  };
}
