/**
 * The whole library exported as the app and `npm run export` do it, on the search benchmark's
 * generated library on disk: `node --import tsx bench/export/export-probe.ts N` prints JSON.
 * A vault folder first (every file written), then again (nothing changed: each file compared),
 * then with entity notes, then the .zip browser mode downloads.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Detection } from '../../electron/core/entities';
import { createLibrary } from '../../electron/core/library';
import { seededRandom } from '../../electron/core/storage/test-helpers';
import { Corpus } from '../search/corpus';
import { writeLibrary } from '../search/library-on-disk';

export interface ExportFigures {
  articles: number;
  /** Milliseconds, and what was written. */
  folderMs: number;
  folderWritten: number;
  againMs: number;
  againUnchanged: number;
  entityNotesMs: number;
  entityNotesWritten: number;
  zipMs: number;
  zipBytes: number;
}

const detector = {
  detect: (): Promise<Detection> =>
    Promise.reject(new Error('The bench library has every detection cached.')),
  close: () => Promise.resolve(),
};

async function main(): Promise<void> {
  const count = Number(process.argv.at(-1) ?? 10_000);
  const articles = new Corpus(42).library(count);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-bench-export-'));
  const out = await mkdtemp(path.join(os.tmpdir(), 'gloss-bench-vault-'));
  try {
    writeLibrary(dataDir, articles, seededRandom(7));
    const library = await createLibrary({ dataDir, seed: false, detector, backfill: false });
    const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      const started = performance.now();
      const result = await work();
      return [result, performance.now() - started];
    };
    const [first, folderMs] = await timed(() => library.exportToFolder(out));
    const [again, againMs] = await timed(() => library.exportToFolder(out));
    const [notes, entityNotesMs] = await timed(() => library.exportToFolder(out, { entityNotes: true }));
    const [zip, zipMs] = await timed(() => library['export/library']({}));
    await library.close();
    const figures: ExportFigures = {
      articles: count,
      folderMs,
      folderWritten: first.written,
      againMs,
      againUnchanged: again.unchanged,
      entityNotesMs,
      entityNotesWritten: notes.written,
      zipMs,
      zipBytes: Buffer.byteLength(zip.data, 'base64'),
    };
    if (zip.articleCount !== count)
      throw new Error(`The .zip holds ${zip.articleCount} articles, not ${count}.`);
    console.log(JSON.stringify(figures));
  } finally {
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
    await rm(out, { recursive: true, force: true, maxRetries: 5 });
  }
}

if (process.argv[1]?.endsWith('export-probe.ts'))
  await main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
