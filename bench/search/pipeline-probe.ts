/**
 * Gloss's search index as the app builds and updates it, on a generated library on disk:
 * `node --import tsx bench/search/pipeline-probe.ts N` prints JSON. The build reads every
 * article's files, indexes on the search worker and saves the index; the main thread's
 * longest stall meanwhile says whether the window would stay responsive. An update is one
 * highlight's note changed through the API, then a search that must find its new word.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Detection } from '../../electron/core/entities';
import { createLibrary, type Library } from '../../electron/core/library';
import { INDEX_FILE } from '../../electron/core/library/search-service';
import { parseQuery } from '../../electron/core/search/query-syntax';
import type { SearchReply, SearchRequest } from '../../electron/core/search/search-protocol';
import { spawnWorker } from '../../electron/core/workers/spawn-worker';
import { createWorkerClient } from '../../electron/core/workers/worker-client';
import { seededRandom } from '../../electron/core/storage/test-helpers';
import { percentile } from '../storage/measure';
import { Corpus } from './corpus';
import { writeLibrary } from './library-on-disk';

export interface PipelineFigures {
  /** From the first search to the index complete (every article read and indexed on the worker). */
  buildMs: number;
  /** Saving the built index (at close). */
  saveMs: number;
  /** The search worker alone: its queries (no snippets) while idle, and while it saves the whole index. */
  quietP50: number;
  quietP95: number;
  savingP50: number;
  savingP95: number;
  /** How many queries were answered while that save ran, and how long it took (ms). */
  savingQueries: number;
  savingMs: number;
  /** The main thread's longest stall while building (ms). */
  stallMs: number;
  /** After a restart: from opening the library to the saved index checked against every article's files. */
  catchUpMs: number;
  /** The first search after that (ms). */
  reopenMs: number;
  updateP50: number;
  updateP95: number;
  /** A search right after an update, finding the changed article (ms). */
  afterUpdateP50: number;
  afterUpdateP95: number;
  /** The same search once more, with nothing to re-index: what of the above is the query's own. */
  againP50: number;
  againP95: number;
  indexBytes: number;
}

const detector = {
  detect: (): Promise<Detection> =>
    Promise.reject(new Error('The bench library has every detection cached.')),
  close: () => Promise.resolve(),
};
/** Opened as the app opens it: the index is brought up to date in the background at once. */
const open = (dataDir: string) => createLibrary({ dataDir, seed: false, detector });

/**
 * The search worker as the app runs it, on the saved index: the same queries while it is idle,
 * then one after another while it saves the whole index again (what a save after a build or a
 * bulk edit does to the searches a user types meanwhile).
 */
async function searchWhileSaving(file: string, words: string[]) {
  const client = createWorkerClient<SearchRequest, SearchReply>(
    spawnWorker('search-worker', new URL('../../electron/core/search/search-worker.ts', import.meta.url)),
    'search',
  );
  const opened = await client.request({ kind: 'open', file });
  const rules = opened.kind === 'opened' ? opened.rules : '';
  const queries = words.map((word) => parseQuery(word));
  const ask = async (n: number) => {
    const started = performance.now();
    await client.request({ kind: 'query', query: queries[n % queries.length]!, take: 20 });
    return performance.now() - started;
  };
  for (let n = 0; n < 30; n++) await ask(n); // warm up
  const quiet: number[] = [];
  for (let n = 0; n < 100; n++) quiet.push(await ask(n));
  let saving = true;
  const started = performance.now();
  const save = client.request({ kind: 'save', file, rules }).finally(() => (saving = false));
  const during: number[] = [];
  for (let n = 0; saving; n++) {
    // A query sent while the save runs counts, however long it waits.
    const sent = saving;
    const took = await ask(n);
    if (sent) during.push(took);
  }
  await save;
  const savingMs = performance.now() - started;
  await client.close();
  return {
    quietP50: percentile(quiet, 50),
    quietP95: percentile(quiet, 95),
    savingP50: percentile(during, 50),
    savingP95: percentile(during, 95),
    savingQueries: during.length,
    savingMs,
  };
}

function built(library: Library): Promise<void> {
  return new Promise((resolve) => {
    const stop = library.subscribe((event) => {
      if (event.name === 'search/indexing' && event.payload.indexed === event.payload.total) {
        stop();
        resolve();
      }
    });
  });
}

async function main(): Promise<void> {
  const count = Number(process.argv.at(-1) ?? 10_000);
  const corpus = new Corpus(42);
  const articles = corpus.library(count);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-bench-search-'));
  try {
    writeLibrary(dataDir, articles, seededRandom(7));
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    let started = performance.now();
    let library = await open(dataDir);
    await built(library);
    const buildMs = performance.now() - started;
    delay.disable();
    started = performance.now();
    await library.close();
    const saveMs = performance.now() - started;
    const indexBytes = (await stat(path.join(dataDir, INDEX_FILE))).size;
    const words = articles.slice(0, 100).map((article, n) => article.text.split(/\W+/)[5 + (n % 20)]!);
    const saving = await searchWhileSaving(path.join(dataDir, INDEX_FILE), words);

    started = performance.now();
    library = await open(dataDir);
    await built(library);
    const catchUpMs = performance.now() - started;
    started = performance.now();
    const first = await library['search/query']({ query: articles[0]!.title.split(' ')[0]! });
    const reopenMs = performance.now() - started;
    if (first.indexing) throw new Error('The saved index was not used after a restart.');

    const updates: number[] = [];
    const after: number[] = [];
    const again: number[] = [];
    const random = seededRandom(11);
    for (let n = 0; n < 50; n++) {
      const article = articles[Math.floor(random() * articles.length)]!;
      const word = `zqx${n.toString(36)}marker`;
      started = performance.now();
      await library['highlights/update']({
        articleId: article.id,
        id: article.highlights[0]!.id,
        note: { markdown: `${corpus.sentence()} ${word}` },
      });
      updates.push(performance.now() - started);
      started = performance.now();
      const found = await library['search/query']({ query: word });
      after.push(performance.now() - started);
      if (found.articles[0]?.articleId !== article.id)
        throw new Error(`The update of ${article.id} was not found.`);
      started = performance.now();
      await library['search/query']({ query: word });
      again.push(performance.now() - started);
    }
    await library.close();
    const figures: PipelineFigures = {
      buildMs,
      saveMs,
      ...saving,
      stallMs: delay.max / 1e6,
      catchUpMs,
      reopenMs,
      updateP50: percentile(updates, 50),
      updateP95: percentile(updates, 95),
      afterUpdateP50: percentile(after, 50),
      afterUpdateP95: percentile(after, 95),
      againP50: percentile(again, 50),
      againP95: percentile(again, 95),
      indexBytes,
    };
    console.log(JSON.stringify(figures));
  } finally {
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
  }
}

if (process.argv[1]?.endsWith('pipeline-probe.ts'))
  await main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
