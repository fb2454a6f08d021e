/**
 * Crash order of an article's images: a child adds articles with images as fast as it can and is
 * killed with SIGKILL at a random moment; when the library is opened again, every article it
 * lists shows only images that are there (each file's bytes match its content-hash name), every
 * acknowledged article is there, and no folder is left that the library does not list (an import
 * killed after its images but before its content is swept). Replay with GLOSS_CRASH_SEED=<seed>.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { exited, lines, startHelper } from './child-process';
import { Layout } from './layout';
import type { Store } from './store';
import {
  makeContent,
  makeEntry,
  makeFigureArticle,
  seededRandom,
  tempDataDir,
  tempFiles,
  TestLibraries,
} from './test-helpers';

const RUNS = 12;
const baseSeed = Number(process.env.GLOSS_CRASH_SEED ?? Math.floor(Math.random() * 1e6));
const crashDir = tempDataDir('gloss-media-crash-');
const acknowledged = new Set<string>();
const libraries = new TestLibraries();

afterEach(() => libraries.cleanup());
afterAll(() => crashDir.cleanup());

/** Run the importer, kill it `delay` ms after it is ready; the articles it acknowledged. */
async function runAndKill(prefix: string, delay: number): Promise<number> {
  const child = startHelper('./media-crash-child.ts', [crashDir.dir, prefix]);
  let count = 0;
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    lines(child, (line) => {
      if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delay);
      else if (line.startsWith('A ')) {
        acknowledged.add(line.slice(2));
        count++;
      }
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`importer exited with ${code}: ${stderr}`)),
    );
  });
  await exited(child);
  return count;
}

/** Each listed article's figures whose image file is missing or not the bytes its name says. */
async function brokenImages(store: Store, layout: Layout): Promise<string[]> {
  const broken: string[] = [];
  for (const entry of store.list()) {
    const content = await store.readContent(entry.id);
    for (const block of content.blocks) {
      if (block.kind !== 'figure' || block.image.src === null) continue;
      const name = block.image.src.split('/').pop()!;
      let bytes: Buffer | null = null;
      try {
        bytes = readFileSync(path.join(layout.media(entry.id), name));
      } catch {
        // missing: broken below
      }
      const hash = bytes && createHash('sha256').update(bytes).digest('hex');
      if (!hash || !name.startsWith(`${hash}.`)) broken.push(`${entry.id}: ${name}`);
    }
  }
  return broken;
}

describe(`images are on disk before the article that shows them (seed ${baseSeed})`, () => {
  for (let run = 0; run < RUNS; run++) {
    const seed = baseSeed + run;
    it(`run ${run + 1}/${RUNS}, seed ${seed}: after SIGKILL no article shows a missing image, none acknowledged is lost`, async () => {
      const delay = Math.floor(seededRandom(seed)() * 400);
      await runAndKill(`m${seed}`, delay);
      const layout = new Layout(crashDir.dir);
      const store = await libraries.open(crashDir.dir);
      expect(store.notices()).toEqual([]);
      expect(tempFiles(crashDir.dir)).toEqual([]);
      expect(await brokenImages(store, layout)).toEqual([]);
      const listed = new Set(store.list().map((entry) => entry.id));
      expect([...acknowledged].filter((id) => !listed.has(id))).toEqual([]);
      // An import killed after its images and before its content leaves no folder behind. A kill
      // before the first article was written leaves no articles folder at all.
      const folders = existsSync(layout.articles) ? readdirSync(layout.articles) : [];
      expect(folders.filter((name) => !listed.has(name))).toEqual([]);
      await libraries.close(store);
    });
  }
});

describe('the store writes an article’s images with it', () => {
  it('refuses content that shows an image not given with it, writing nothing', async () => {
    const dir = libraries.dataDir();
    const store = await libraries.open(dir);
    const { content, media } = makeFigureArticle('p1', [Buffer.from('one'), Buffer.from('two')]);
    await expect(store.addArticle(makeEntry('p1'), content, media.slice(1))).rejects.toMatchObject({
      code: 'invalid-params',
      message: 'A figure shows an image that was not given with it.',
    });
    const renamed = [{ name: media[1]!.name, bytes: media[0]!.bytes }, media[1]!];
    await expect(store.addArticle(makeEntry('p1'), content, renamed)).rejects.toMatchObject({
      message: 'An image of the article is not named by its content.',
    });
    expect(store.list()).toEqual([]);
    expect(existsSync(new Layout(dir).articleDir('p1'))).toBe(false);
  });

  it('a new version keeps the images it already has and writes the new ones first', async () => {
    const dir = libraries.dataDir();
    const store = await libraries.open(dir);
    const first = makeFigureArticle('v1', [Buffer.from('old')]);
    await store.addArticle(makeEntry('v1'), first.content, first.media);
    const next = makeFigureArticle('v1', [Buffer.from('old'), Buffer.from('new')]);
    await store.replaceContent('v1', next.content, next.media.slice(1));
    expect(await brokenImages(store, new Layout(dir))).toEqual([]);
    expect(readdirSync(new Layout(dir).media('v1')).sort()).toEqual(next.media.map((f) => f.name).sort());
  });

  it('sweeps at start-up a folder an import left with only its images, and keeps one with its text', async () => {
    const dir = libraries.dataDir();
    const layout = new Layout(dir);
    const store = await libraries.open(dir);
    await store.addArticle(makeEntry('kept'), makeContent('kept'));
    await libraries.close(store);
    // As a kill leaves it: the images of 'cut' written, its article.json not yet.
    mkdirSync(layout.media('cut'), { recursive: true });
    writeFileSync(path.join(layout.media('cut'), `${'a'.repeat(64)}.png`), 'bytes');
    writeFileSync(path.join(layout.articleDir('cut'), '.article.json.tmp'), '{"half');
    const reopened = await libraries.open(dir);
    expect(reopened.list().map((entry) => entry.id)).toEqual(['kept']);
    expect(readdirSync(layout.articles)).toEqual(['kept']);
  });
});
