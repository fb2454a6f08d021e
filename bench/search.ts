/**
 * `npm run bench search`: the search engines compared on a generated library of 10,000
 * articles (~800 words, Zipf-distributed words) and 100,000 highlights with notes and tags
 * (GLOSS_BENCH_ARTICLES changes the size), each engine in a fresh process so its RSS is its
 * own. Queries: a word, two words, a half-typed word, a word with a typo; each answer with
 * snippets for its first 20 articles.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import os from 'node:os';
import type { EngineFigures } from './search/engine-probe';
import type { GlossFigures } from './search/gloss-probe';
import type { PipelineFigures } from './search/pipeline-probe';
import type { BenchTable } from './table';

const ARTICLES = Number(process.env.GLOSS_BENCH_ARTICLES ?? 10_000);
const run$ = promisify(execFile);

async function probe<T>(script: string, ...args: string[]): Promise<T> {
  const { stdout } = await run$(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=4096',
      // As the search worker runs (workers/spawn-worker.ts): a young generation sized for the build.
      '--max-semi-space-size=64',
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'search', script),
      ...args,
      String(ARTICLES),
    ],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as T;
}

const load = () => `load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`;

/** The targets, for Gloss's own pipeline (index, filters, snippets). */
function targetsTable(f: GlossFigures, p: PipelineFigures, loadLine: string): BenchTable {
  return {
    title: `Search targets at ${ARTICLES.toLocaleString('en-US')} articles and ${(ARTICLES * 10).toLocaleString('en-US')} highlights`,
    columns: ['figure', 'measured', 'target'],
    rows: [
      [
        'search p50 / p95 (ms, with snippets of the first 20 articles)',
        `${f.queryP50.toFixed(1)} / ${f.queryP95.toFixed(1)}`,
        '<= 10 / <= 30',
      ],
      ["today's scan of notes only, p50 (ms, same run)", f.notesScanP50, 'printed beside'],
      ['naive scan of bodies, p50 (ms, same run)', f.bodyScanP50, 'printed beside'],
      [
        'index build from nothing, as the app builds it (s: every article read, indexed on the worker)',
        p.buildMs / 1000,
        '<= 60',
      ],
      ["the main thread's longest stall meanwhile (ms)", p.stallMs, 'responsive'],
      ['the same build, engine only (s: documents in memory, one thread)', f.buildMs / 1000, ''],
      ['saving the built index (s, at close)', p.saveMs / 1000, 'printed'],
      [
        'the worker alone: a word, idle, p50 / p95 (ms, no snippets)',
        `${p.quietP50.toFixed(1)} / ${p.quietP95.toFixed(1)}`,
        '',
      ],
      [
        `the same while it saves the whole index again (${p.savingQueries} answered in ${(p.savingMs / 1000).toFixed(1)} s), p50 / p95 (ms)`,
        `${p.savingP50.toFixed(1)} / ${p.savingP95.toFixed(1)}`,
        '<= 30',
      ],
      ['after a restart: the saved index checked against the files (s)', p.catchUpMs / 1000, 'printed'],
      [
        "update after one article's change: highlights/update, p50 / p95 (ms)",
        `${p.updateP50.toFixed(1)} / ${p.updateP95.toFixed(1)}`,
        '',
      ],
      [
        'then the search that must find it (re-indexing it first), p50 / p95 (ms)',
        `${p.afterUpdateP50.toFixed(1)} / ${p.afterUpdateP95.toFixed(1)}`,
        '<= 20',
      ],
      [
        'the same search once more, nothing to re-index (the query alone), p50 / p95 (ms)',
        `${p.againP50.toFixed(1)} / ${p.againP95.toFixed(1)}`,
        '',
      ],
      [
        'one article re-indexed, engine only, p50 / p95 (ms)',
        `${f.updateP50.toFixed(1)} / ${f.updateP95.toFixed(1)}`,
        '<= 20',
      ],
      [
        'index on disk (gzipped) / text indexed',
        `${mb(f.indexBytes)} / ${mb(f.textBytes)} = ${percent(f.indexBytes / f.textBytes)}`,
        '<= 40%',
      ],
      ['RSS of the loaded index', `${f.rssMb.toFixed(0)} MB`, 'printed'],
      ['known item first (two rare body words)', percent(f.knownItemFirst), ''],
    ],
    notes: [`Measured under ${loadLine} (other work on the machine inflates every time).`],
  };
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const percent = (share: number) => `${Math.round(share * 100)}%`;

export async function run(): Promise<BenchTable[]> {
  const engines = (process.env.GLOSS_BENCH_ENGINES ?? 'minisearch,flexsearch,orama')
    .split(',')
    .filter(Boolean);
  const gloss = await probe<GlossFigures>('gloss-probe.ts');
  const pipeline = await probe<PipelineFigures>('pipeline-probe.ts');
  const glossLoad = load();
  const figures: EngineFigures[] = [];
  for (const engine of engines) figures.push(await probe<EngineFigures>('engine-probe.ts', engine));
  const tables = [targetsTable(gloss, pipeline, glossLoad)];
  if (figures.length === 0) return tables;
  return [
    ...tables,
    {
      title: `Search engines at ${ARTICLES.toLocaleString('en-US')} articles and ${(ARTICLES * 10).toLocaleString('en-US')} highlights`,
      columns: [
        'engine',
        'build (s)',
        'query p50 (ms)',
        'query p95 (ms)',
        'update p50 (ms)',
        'update p95 (ms)',
        'index JSON',
        'gzipped',
        'gzipped / text',
        'RSS of the index',
        'known item first',
        'typo answered',
      ],
      rows: figures.map((f) => [
        f.engine,
        f.buildMs / 1000,
        f.queryP50,
        f.queryP95,
        f.updateP50,
        f.updateP95,
        mb(f.indexBytes),
        mb(f.gzipBytes),
        percent(f.gzipBytes / f.textBytes),
        `${f.rssMb.toFixed(0)} MB`,
        percent(f.knownItemFirst),
        percent(f.typoAnswered),
      ]),
      notes: [
        `Text indexed: ${mb(figures[0]?.textBytes ?? 0)} (titles, bylines, sites, bodies, notes, quotes, tags, entity names).`,
        'Query: 200 queries (word, two words, prefix, typo), each with snippets for its first 20 articles. Update: one article replaced in the index.',
        "Known item first: two rare words of an article's body put it first. Typo answered: a word with one letter changed finds something.",
      ],
    },
  ];
}
