import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityDetector } from '../entities';
import { createLibrary, type Library } from '../library';

const noEntities: EntityDetector = {
  detect: () => Promise.resolve({ mentions: [], entities: [] }),
  close: () => Promise.resolve(),
};
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const open = (dataDir: string) =>
  createLibrary({ dataDir, seed: false, detector: noEntities, backfill: false });
const DAY = 24 * 60 * 60 * 1000;
const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

describe('the trash', () => {
  let dataDir: string;
  let library: Library;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-trash-'));
    library = await open(dataDir);
  });
  afterEach(async () => {
    await library.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const add = async (title: string) =>
    (
      await library['import/file']({
        name: `${title}.txt`,
        data: base64(`${title}\n\nSome words to mark.\n`),
      })
    ).id;
  const ageTrash = (id: string, days: number) =>
    writeFile(
      path.join(dataDir, 'trash', id, 'trashed.json'),
      JSON.stringify({ deletedAt: new Date(Date.now() - days * DAY).toISOString() }),
    );

  it('keeps a deleted article whole for 30 days and brings it back as it was', async () => {
    const id = await add('Kept');
    const { text } = await library['articles/get']({ id });
    const start = text.indexOf('words');
    const made = await library['highlights/create']({ articleId: id, start, end: start + 5 });
    await library['tags/set']({ articleId: id, tags: ['keep'] });
    await library['articles/setReadingState']({ ids: [id], state: 'later' });

    const before = Date.now();
    await library['articles/delete']({ id });
    expect(await library['articles/list']({})).toEqual([]);
    expect(await library.dispatch('articles/get', { id })).toMatchObject({ error: { code: 'not-found' } });
    const [trashed] = await library['trash/list']({});
    expect(trashed).toMatchObject({ id, title: 'Kept', highlightCount: 1 });
    expect(Date.parse(trashed!.deletedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(trashed!.purgeAt) - Date.parse(trashed!.deletedAt)).toBe(30 * DAY);

    const { restored } = await library['trash/restore']({ ids: [id] });
    expect(restored).toMatchObject([
      { id, title: 'Kept', tags: ['keep'], readingState: 'later', highlightCount: 1 },
    ]);
    expect(await library['trash/list']({})).toEqual([]);
    const back = await library['articles/get']({ id });
    expect(back.highlights.map((highlight) => highlight.id)).toEqual([made.id]);
    expect(await library['tags/list']({})).toMatchObject([{ name: 'keep', count: 1 }]);
  });

  it('restores all or nothing, and purges chosen articles or everything, for good', async () => {
    const [one, two, three] = [await add('One'), await add('Two'), await add('Three')];
    for (const id of [one, two, three]) await library['articles/delete']({ id });
    expect((await library['trash/list']({})).map((article) => article.title).sort()).toEqual([
      'One',
      'Three',
      'Two',
    ]);

    const refused = await library.dispatch('trash/restore', { ids: [one, 'never-deleted'] });
    expect(refused).toMatchObject({ error: { code: 'not-found' } });
    expect(await library['articles/list']({})).toEqual([]);

    expect(await library['trash/purge']({ ids: [one] })).toEqual({ purged: 1 });
    expect(await exists(path.join(dataDir, 'trash', one))).toBe(false);
    expect(await library.dispatch('trash/restore', { ids: [one] })).toMatchObject({
      error: { code: 'not-found' },
    });
    expect(await library['trash/purge']({})).toEqual({ purged: 2 });
    expect(await library['trash/list']({})).toEqual([]);
  });

  it('removes articles deleted more than 30 days ago: when the trash is listed, and at start-up', async () => {
    const [old, older, recent] = [await add('Old'), await add('Older'), await add('Recent')];
    for (const id of [old, older, recent]) await library['articles/delete']({ id });
    await ageTrash(old, 31);
    await ageTrash(recent, 29);
    expect((await library['trash/list']({})).map((article) => article.title).sort()).toEqual([
      'Older',
      'Recent',
    ]);
    expect(await exists(path.join(dataDir, 'trash', old))).toBe(false);

    await ageTrash(older, 45);
    await library.close();
    library = await open(dataDir);
    await library.close(); // waits for the start-up housekeeping
    expect(await exists(path.join(dataDir, 'trash', older))).toBe(false);
    expect(await exists(path.join(dataDir, 'trash', recent))).toBe(true);
    library = await open(dataDir);
  });
});
