import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLibrary } from './library';
import { nodePlatform } from './platform';
import { resourcesDir } from './resources';

describe('the platform a program passes to createLibrary', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('supplies the seeds, the entity model and the workers', async () => {
    // Resources somewhere else than the project, as in a packaged app.
    const resources = await mkdtemp(path.join(os.tmpdir(), 'gloss-resources-'));
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-platform-'));
    await mkdir(path.join(resources, 'seeds'));
    await mkdir(path.join(resources, 'models'));
    await writeFile(
      path.join(resources, 'seeds', 'a.md'),
      '# From the platform folder\n\nAngela Merkel met the press in Berlin on Monday morning.\n',
    );
    await copyFile(
      path.join(resourcesDir(), 'models', 'entities.bin'),
      path.join(resources, 'models', 'entities.bin'),
    );
    const defaults = nodePlatform({ resourcesDir: resources });
    const readModel = vi.fn(defaults.readModel);
    const spawnWorker = vi.fn(defaults.spawnWorker);
    const library = await createLibrary({
      dataDir,
      backfill: false,
      platform: { resourcesDir: resources, readModel, spawnWorker },
    });
    cleanups.push(async () => {
      await library.close();
      await rm(dataDir, { recursive: true, force: true });
      await rm(resources, { recursive: true, force: true });
    });

    const [article] = await library['articles/list']({});
    expect(article).toMatchObject({ title: 'From the platform folder' });
    await library['export/markdown']({ articleId: article!.id }); // waits for detection
    const searched = await library['search/query']({ query: 'merkel berlin' }); // the search worker
    expect(searched.articles.map((result) => result.title)).toEqual(['From the platform folder']);
    expect(readModel).toHaveBeenCalledTimes(1);
    expect(spawnWorker.mock.calls.map(([name]) => name).sort()).toEqual([
      'detect-worker',
      'import-worker',
      'search-worker',
    ]);
    const found = await library['entities/get']({ articleId: article!.id });
    expect(found.entityList.map((entity) => entity.name)).toContain('Angela Merkel');
  });
});
