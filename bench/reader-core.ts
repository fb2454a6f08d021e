/**
 * `npm run bench reader-core`: the core part of `npm run bench reader` alone (issue 12): the two
 * articles imported through the core in a temp library, the highlight, note and `articles/get`
 * calls timed in process. No build and no browser, so it runs in about a minute.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLibrary } from '../electron/core/library';
import { coreTable, prepareArticle } from './reader/core';
import type { BenchTable } from './table';

const progress = (message: string) => process.stderr.write(`reader-core: ${message}\n`);
const root = path.resolve(import.meta.dirname, '..');

export async function run(): Promise<BenchTable[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gloss-bench-reader-core-'));
  try {
    const library = await createLibrary({ dataDir, seed: false, backfill: false });
    try {
      progress('importing the long article, detecting entities, adding highlights');
      const long = await prepareArticle(root, library, 'long');
      progress('the medium article');
      const medium = await prepareArticle(root, library, 'medium');
      return [coreTable(long, medium)];
    } finally {
      await library.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
