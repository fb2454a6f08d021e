/**
 * `npm run bench storage`: Gloss's storage (an index plus small per-article files) against a
 * baseline keeping the whole library in one lowdb JSONFile, on a generated library of 10,000
 * articles (~800 words each) and 100,000 highlights with notes and tags, in a temp dir that is
 * removed afterwards. GLOSS_BENCH_ARTICLES changes the size (10 highlights per article).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seededRandom } from '../electron/core/storage/test-helpers';
import { openSharded, openSingle, type Backend } from './storage/backends';
import { generateLibrary, TAGS } from './storage/generate';
import { bundleProbe, coldOpen, percentile, settleDisk, timeEach } from './storage/measure';
import { eventCost } from './storage/events';
import { comparisonTable, eventsTable, libraryBytes, targetsTable, type Row } from './storage/report';
import { TextMaker } from './storage/text';
import type { BenchTable } from './table';

const ARTICLES = Number(process.env.GLOSS_BENCH_ARTICLES ?? 10_000);
const HIGHLIGHTS_PER_ARTICLE = 10;
/** Each baseline write rewrites the whole file (seconds each), so it gets fewer samples. */
const SAMPLES = { sharded: { add: 1000, update: 200, open: 50 }, single: { add: 20, update: 10, open: 50 } };
/** Highlights added through the API, each way (with and without an event stream open). */
const EVENT_SAMPLES = 400;

async function measure(backend: Backend, ids: string[], samples: typeof SAMPLES.sharded): Promise<Row> {
  const random = seededRandom(7);
  const maker = new TextMaker(random);
  const pick = () => ids[Math.floor(random() * ids.length)]!;
  const picks = (n: number) => Array.from({ length: n }, pick);
  const at = new Date().toISOString();
  const list = await timeEach(picks(20), () => backend.list());
  const filter = await timeEach(picks(20), () => backend.filterByTag(maker.pick(TAGS)));
  const open = await timeEach(picks(samples.open), (id) => backend.openArticle(id));
  const add = await timeEach(picks(samples.add), (id) =>
    backend.addHighlight(id, {
      id: `bench-${random().toString(36).slice(2)}`,
      color: 'yellow',
      selector: {
        quote: { exact: 'quoted', prefix: 'before ', suffix: ' after' },
        position: { start: 0, end: 6 },
      },
      note: maker.note(at),
      tags: [maker.pick(TAGS)],
      createdAt: at,
      updatedAt: at,
    }),
  );
  const update = await timeEach(picks(samples.update), (id) => backend.updateNote(id, maker.sentence()));
  const exported = await timeEach(picks(samples.open), (id) => backend.exportArticle(id));
  const words = maker.words.filter((word) => word.length >= 6);
  const queries = Array.from({ length: 21 }, () => maker.pick(words));
  const [searchFirst, ...searches] = await timeEach(queries, (query) => backend.search(query));
  return {
    list: percentile(list, 50),
    filter: percentile(filter, 50),
    open: percentile(open, 50),
    addP50: percentile(add, 50),
    addP95: percentile(add, 95),
    updateP50: percentile(update, 50),
    updateP95: percentile(update, 95),
    export: percentile(exported, 50),
    searchFirst: searchFirst!,
    search: percentile(searches, 50),
  };
}

export async function run(): Promise<BenchTable[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'gloss-bench-storage-'));
  try {
    const library = generateLibrary(root, ARTICLES, HIGHLIGHTS_PER_ARTICLE, 800);
    const bytes = { sharded: libraryBytes(library.shardedDir), single: libraryBytes(library.singleFile) };
    const probe = await bundleProbe(root);
    settleDisk();
    const cold = {
      sharded: await coldOpen(probe, 'sharded', library.shardedDir, 5),
      single: await coldOpen(probe, 'single', library.singleFile, 3),
    };

    const sharded = await openSharded(library.shardedDir);
    const shardedRow = await measure(sharded, library.ids, SAMPLES.sharded);
    await sharded.close();
    const events = await eventCost(library.shardedDir, library.ids, EVENT_SAMPLES);
    const single = await openSingle(library.singleFile);
    const singleRow = await measure(single, library.ids, SAMPLES.single);
    await single.close();

    const results = {
      articles: ARTICLES,
      highlights: ARTICLES * HIGHLIGHTS_PER_ARTICLE,
      sharded: shardedRow,
      single: singleRow,
      cold,
      bytes,
      samples: SAMPLES,
    };
    return [comparisonTable(results), targetsTable(results), eventsTable(results.cold.sharded, events)];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
