/**
 * Crash-test importer: opens a library and adds articles with images as fast as it can until
 * killed, printing `A <article>` once each add resolved (printed = on disk). Each article shows
 * three images of 96 KiB (random bytes, one set per article), so kills land in image writes too.
 */
import { randomBytes } from 'node:crypto';
import { openStore } from './open-store';
import { makeEntry, makeFigureArticle } from './test-helpers';

const [dataDir, prefix] = process.argv.slice(2);
if (!dataDir || !prefix) throw new Error('usage: media-crash-child.ts <dataDir> <prefix>');
const store = await openStore({ dataDir, indexWrite: { delayMs: 2, maxDelayMs: 10 } });
process.stdout.write('ready\n');

let n = 0;
async function importer(): Promise<never> {
  for (;;) {
    const id = `${prefix}-${++n}`;
    const { content, media } = makeFigureArticle(id, [
      randomBytes(96 * 1024),
      randomBytes(96 * 1024),
      randomBytes(96 * 1024),
    ]);
    await store.addArticle(makeEntry(id), content, media);
    process.stdout.write(`A ${id}\n`);
  }
}

await Promise.all([importer(), importer()]);
