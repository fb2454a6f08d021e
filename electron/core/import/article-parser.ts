import type { Worker } from 'node:worker_threads';
import { createRespawningClient } from '../workers/respawning-client';
import { spawnWorker } from '../workers/spawn-worker';
import type { FetchedPage } from './fetched-page';
import type { ImportRequest, ParsedArticle } from './types';

/** Parses files like `parseArticleFile`, on a worker thread started at the first import. */
export interface ArticleParser {
  /** Rejects with the importer's GlossError (too large, empty, binary...) for a refused file. */
  parse(file: { name: string; bytes: Uint8Array }): Promise<ParsedArticle>;
  /** A fetched web page's article; rejects with 'empty-file' when it has no article text. */
  parsePage(page: FetchedPage): Promise<ParsedArticle>;
  close(): Promise<void>;
}

export function createArticleParser(
  spawn: () => Worker = () => spawnWorker('import-worker', new URL('./import-worker.ts', import.meta.url)),
): ArticleParser {
  const client = createRespawningClient<ImportRequest, ParsedArticle>(spawn, 'import');
  return {
    parse: (file) => client.request(file),
    parsePage: (page) => client.request(page),
    close: () => client.close(),
  };
}
