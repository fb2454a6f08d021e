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
import type { EngineFigures } from './search/engine-probe';
import type { BenchTable } from './table';

const ARTICLES = Number(process.env.GLOSS_BENCH_ARTICLES ?? 10_000);
const run$ = promisify(execFile);

async function probe(engine: string): Promise<EngineFigures> {
  const script = path.join(import.meta.dirname, 'search', 'engine-probe.ts');
  const { stdout } = await run$(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', script, engine, String(ARTICLES)],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as EngineFigures;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const percent = (share: number) => `${Math.round(share * 100)}%`;

export async function run(): Promise<BenchTable[]> {
  const engines = (process.env.GLOSS_BENCH_ENGINES ?? 'minisearch,flexsearch,orama').split(',');
  const figures: EngineFigures[] = [];
  for (const engine of engines) figures.push(await probe(engine));
  return [
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
