import type { Api } from '../../contract/api';
import type { ImportedArticle } from '../../contract/model';
import { GlossError } from '../errors';
import { decodePage, fetchUrl, isLoginPage, loginRequired, resourceKind, type FetchLimits } from '../fetch';
import { importImageSource } from '../images';
import type { ArticleParser, ParsedArticle } from '../import';
import type { ArticleEntry, Store } from '../storage/store';
import { addParsedArticle, sourceHashOf, toSummary } from './articles-service';
import { findEarlierVersion } from './earlier-version';
import type { EntitiesService } from './entities-service';

const EXTENSION = { pdf: '.pdf', text: '.txt', markdown: '.md' } as const;

/** A file name for a fetched PDF or text: the last path segment, with the extension its type calls for. */
function fileNameOf(url: string, kind: keyof typeof EXTENSION): string {
  const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '').replace(/\.[^.]*$/, '');
  return `${last || new URL(url).hostname}${EXTENSION[kind]}`;
}

/**
 * Fetch a URL once and add its article: a web page (extracted in the import worker), a PDF or a
 * text file. The article keeps the address it was fetched from as its source; nothing is
 * fetched again when it is read. A page the library has already (by its address, or the same
 * bytes) adds nothing: the answer is that article, `duplicate` when its text is the same,
 * `changed` when not (unless `separate`, which adds a changed page as an article of its own).
 */
export async function importUrl(
  store: Store,
  parser: ArticleParser,
  address: string,
  { limits, separate = false }: { limits?: FetchLimits | undefined; separate?: boolean } = {},
): Promise<{ entry: ArticleEntry; existing?: ImportedArticle['existing'] }> {
  const { parsed, source, kept } = await fetchArticle(parser, address, limits);
  const hash = sourceHashOf(kept.bytes);
  const known = store.list().find((entry) => entry.sourceHash === hash);
  if (known) return { entry: known, existing: 'duplicate' };
  const earlier = await findEarlierVersion(store, parsed, { addresses: [address, source] });
  if (earlier && !(separate && earlier.existing === 'changed')) return earlier;
  // A page's images are fetched now, once, with the page; a PDF or text has none.
  const images = importImageSource({ fetchWeb: true });
  const entry = await addParsedArticle(store, parsed, source, hash, images, kept);
  return { entry };
}

/** What a URL gives: its parsed article, the address finally fetched, and the bytes to keep. */
export interface FetchedArticle {
  parsed: ParsedArticle;
  source: string;
  kept: { extension: string; bytes: Uint8Array };
}

/** Fetch a URL once and parse its article (a web page, a PDF or a text file). */
export async function fetchArticle(
  parser: ArticleParser,
  address: string,
  limits?: FetchLimits,
): Promise<FetchedArticle> {
  const resource = await fetchUrl(address, limits);
  const kind = resourceKind(resource);
  let parsed: ParsedArticle;
  let kept: { extension: string; bytes: Uint8Array };
  if (kind === 'html') {
    const { text: html } = decodePage(resource.bytes, resource.contentType);
    parsed = await parser.parsePage({ html, url: resource.url }).catch((error: unknown) => {
      if (error instanceof GlossError && error.code === 'empty-file' && isLoginPage(html, 0)) {
        throw loginRequired(new URL(resource.url).host);
      }
      throw error;
    });
    if (isLoginPage(html, parsed.wordCount)) throw loginRequired(new URL(resource.url).host);
    kept = { extension: 'html', bytes: resource.bytes };
  } else {
    // Text comes in the charset its server names; the file importer reads UTF-8.
    const bytes =
      kind === 'pdf'
        ? resource.bytes
        : new TextEncoder().encode(decodePage(resource.bytes, resource.contentType).text);
    parsed = await parser.parse({ name: fileNameOf(resource.url, kind), bytes });
    kept = { extension: kind === 'pdf' ? 'pdf' : 'txt', bytes };
  }
  return { parsed: { ...parsed, url: parsed.url ?? resource.url }, source: resource.url, kept };
}

export function urlImportMethods(
  store: Store,
  parser: ArticleParser,
  entities: EntitiesService,
  limits?: FetchLimits,
): Pick<Api, 'import/url'> {
  return {
    'import/url': async ({ url, separate }) => {
      const { entry, existing } = await importUrl(store, parser, url, {
        limits,
        separate: separate === true,
      });
      void entities.forArticle(entry.id, 0).catch(() => undefined);
      return existing ? { ...toSummary(entry), existing } : toSummary(entry);
    },
  };
}
