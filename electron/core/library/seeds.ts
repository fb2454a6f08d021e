import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { resourcePath } from '../resources';
import type { Store } from '../storage/store';
import { importArticle } from './articles-service';

const SEED_FILE = /\.(txt|md|markdown)$/i;

/** Import the sample articles shipped in `seeds/` (first run only), in file-name order. */
export async function importSeeds(store: Store, seedsDir = resourcePath('seeds')): Promise<number> {
  const names = (await readdir(seedsDir)).filter((name) => SEED_FILE.test(name)).sort();
  for (const name of names) {
    await importArticle(store, name, await readFile(path.join(seedsDir, name)), `seeds/${name}`);
  }
  return names.length;
}
