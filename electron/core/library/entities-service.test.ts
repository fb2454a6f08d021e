import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntityDetector } from '../entities';
import { createLibrary, type Library } from '../library';

/** A detector that finds every "Merkel" as one person: fast and predictable. */
const merkelDetector: EntityDetector = {
  detect: (text) => {
    const mentions = [...text.matchAll(/Merkel/g)].map((match) => ({
      start: match.index,
      end: match.index + 'Merkel'.length,
      type: 'person' as const,
      text: 'Merkel',
      entityId: 'person-merkel',
    }));
    const entities = mentions.length
      ? [
          {
            id: 'person-merkel',
            name: 'Angela Merkel',
            type: 'person' as const,
            aliases: [],
            mentionCount: mentions.length,
          },
        ]
      : [];
    return Promise.resolve({ mentions, entities });
  },
  close: () => Promise.resolve(),
};

describe('the library-wide entity index', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function libraryOf(files: Record<string, string>): Promise<Library> {
    const seedsDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-seeds-'));
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-library-'));
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(seedsDir, name), text);
    const library = await createLibrary({ dataDir, seedsDir, detector: merkelDetector });
    cleanups.push(async () => {
      await library.close();
      await rm(dataDir, { recursive: true, force: true });
      await rm(seedsDir, { recursive: true, force: true });
    });
    return library;
  }

  it('still answers when one article of the library can no longer be read', async () => {
    const library = await libraryOf({
      'a.txt': 'Berlin talks\n\nAngela Merkel met the press in Berlin on Monday.\n',
      'b.txt': 'Merkel returns\n\nFormer chancellor Merkel spoke in Paris.\n',
    });
    const articles = await library['articles/list']({});
    // Both detected (and cached) in the background before the index is first asked for.
    await vi.waitFor(
      async () => {
        for (const { id } of articles) {
          const found = await library['entities/get']({ articleId: id });
          if (found.state.status !== 'ready') throw new Error('not detected yet');
        }
      },
      { timeout: 10_000, interval: 50 },
    );
    const damaged = articles.find((article) => article.title === 'Berlin talks')!;
    await writeFile(path.join(library.dataDir, 'articles', damaged.id, 'article.json'), '{"trunc');

    for (let attempt = 0; attempt < 2; attempt++) {
      const entry = await library['entities/articles']({ name: 'Angela Merkel', type: 'person' });
      expect(entry.articles.map((article) => article.title)).toEqual(['Merkel returns']);
    }
  });
});
