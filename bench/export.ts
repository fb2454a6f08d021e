/**
 * `npm run bench export`: the whole library exported (issue 10: "whole-library export, printed
 * (articles per second)"), at 10,000 generated articles of ~800 words with 100,000 highlights
 * (GLOSS_BENCH_ARTICLES changes the size), in a fresh process.
 */
import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ExportFigures } from './export/export-probe';
import type { BenchTable } from './table';

const ARTICLES = Number(process.env.GLOSS_BENCH_ARTICLES ?? 10_000);
const run$ = promisify(execFile);

export async function run(): Promise<BenchTable[]> {
  const { stdout } = await run$(
    process.execPath,
    [
      '--max-old-space-size=4096',
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'export', 'export-probe.ts'),
      String(ARTICLES),
    ],
    { maxBuffer: 1 << 20 },
  );
  const f = JSON.parse(stdout.trim().split('\n').pop()!) as ExportFigures;
  const rate = (ms: number) => Math.round(f.articles / (ms / 1000));
  const row = (what: string, ms: number, result: string) => [what, ms / 1000, rate(ms), result];
  return [
    {
      title: `Whole-library export at ${f.articles.toLocaleString('en-US')} articles and ${(f.articles * 10).toLocaleString('en-US')} highlights`,
      columns: ['export', 's', 'articles / s', 'result'],
      rows: [
        row(
          'to a folder (a vault), first time',
          f.folderMs,
          `${f.folderWritten.toLocaleString('en-US')} files written`,
        ),
        row(
          'the same again, nothing changed',
          f.againMs,
          `${f.againUnchanged.toLocaleString('en-US')} unchanged`,
        ),
        row(
          'again with entity notes',
          f.entityNotesMs,
          `${f.entityNotesWritten.toLocaleString('en-US')} files written`,
        ),
        row('as a .zip (browser mode download)', f.zipMs, `${(f.zipBytes / 2 ** 20).toFixed(1)} MB`),
      ],
      notes: [`Measured under load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores.`],
    },
  ];
}
