import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../workers/spawn-worker';
import { createWorkerClient, type WorkerClient } from '../workers/worker-client';
import type { ParsedArticle } from './types';

type ImportClient = WorkerClient<{ name: string; bytes: Uint8Array }, ParsedArticle>;

/** Parses files like `parseArticleFile`, on a worker thread started at the first import. */
export interface ArticleParser {
  /** Rejects with the importer's GlossError (too large, empty, binary...) for a refused file. */
  parse(file: { name: string; bytes: Uint8Array }): Promise<ParsedArticle>;
  close(): Promise<void>;
}

export function createArticleParser(
  spawn: () => Worker = () => spawnWorker('import-worker', new URL('./import-worker.ts', import.meta.url)),
): ArticleParser {
  let client: ImportClient | null = null;
  return {
    parse(file) {
      // A worker that died (out of memory on some file) fails what it was doing; the next
      // import gets a new one rather than the same failure until Gloss restarts.
      if (!client?.alive) client = createWorkerClient(spawn(), 'import');
      return client.request(file);
    },
    async close() {
      await client?.close();
    },
  };
}
