import type { Worker } from 'node:worker_threads';
import { createRespawningClient } from '../workers/respawning-client';
import { spawnWorker } from '../workers/spawn-worker';
import type { ParsedArticle } from './types';

/** Parses files like `parseArticleFile`, on a worker thread started at the first import. */
export interface ArticleParser {
  /** Rejects with the importer's GlossError (too large, empty, binary...) for a refused file. */
  parse(file: { name: string; bytes: Uint8Array }): Promise<ParsedArticle>;
  close(): Promise<void>;
}

export function createArticleParser(
  spawn: () => Worker = () => spawnWorker('import-worker', new URL('./import-worker.ts', import.meta.url)),
): ArticleParser {
  const client = createRespawningClient<{ name: string; bytes: Uint8Array }, ParsedArticle>(spawn, 'import');
  return { parse: (file) => client.request(file), close: () => client.close() };
}
