import type { Worker } from 'node:worker_threads';
import { GlossError } from '../errors';
import { createRespawningClient } from '../workers/respawning-client';
import { spawnWorker } from '../workers/spawn-worker';
import type { FetchedPage } from './fetched-page';
import { displayName } from './file-name';
import type { ImportRequest, ParsedArticle } from './types';

/** Parses files like `parseArticleFile`, on a worker thread started at the first import. */
export interface ArticleParser {
  /** Rejects with the importer's GlossError (too large, empty, binary...) for a refused file. */
  parse(file: { name: string; bytes: Uint8Array }): Promise<ParsedArticle>;
  /** A fetched web page's article; rejects with 'empty-file' when it has no article text. */
  parsePage(page: FetchedPage): Promise<ParsedArticle>;
  close(): Promise<void>;
}

/**
 * How long one file or page may take to parse. A 5 MB text parses in a few seconds; a page
 * built to make the parser loop (or one that hits a pathological case) is cut off here.
 */
export const PARSE_TIME_LIMIT_MS = 30_000;

export function createArticleParser(
  spawn: () => Worker = () => spawnWorker('import-worker', new URL('./import-worker.ts', import.meta.url)),
  timeLimitMs = PARSE_TIME_LIMIT_MS,
): ArticleParser {
  const client = createRespawningClient<ImportRequest, ParsedArticle>(spawn, 'import');
  const limited = (request: ImportRequest, shown: string): Promise<ParsedArticle> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new GlossError(
            'unsupported-file',
            `Gloss stopped reading ${shown}: it took longer than ${Math.round(timeLimitMs / 1000)} seconds, so nothing was imported from it.`,
          ),
        );
        // The worker is stuck on it: a new one takes the next import.
        void client.restart();
      }, timeLimitMs);
      client.request(request).then(
        (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  return {
    parse: (file) => limited(file, `“${displayName(file.name)}”`),
    parsePage: (page) => limited(page, `the page at ${new URL(page.url).host}`),
    close: () => client.close(),
  };
}
