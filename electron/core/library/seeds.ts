import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { resourcePath } from '../resources';
import type { ArticleParser } from '../import';
import type { Store } from '../storage/store';
import { importArticle } from './articles-service';

const SEED_FILE = /\.(txt|md|markdown)$/i;

/** Import the sample articles shipped in `seeds/` (first run only), in file-name order. */
export async function importSeeds(
  store: Store,
  parser: ArticleParser,
  seedsDir = resourcePath('seeds'),
): Promise<number> {
  const names = (await readdir(seedsDir)).filter((name) => SEED_FILE.test(name)).sort();
  for (const name of names) {
    const bytes = await readFile(path.join(seedsDir, name));
    await importArticle(store, parser, { name, bytes, source: `seeds/${name}` });
  }
  return names.length;
}
