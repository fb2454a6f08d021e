import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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

describe('reading states', () => {
  let dataDir: string;
  let library: Library;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-states-'));
    library = await open(dataDir);
  });
  afterEach(async () => {
    await library.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const add = async (title: string) =>
    (await library['import/file']({ name: `${title}.txt`, data: base64(`${title}\n\nSome words.\n`) })).id;
  const titlesIn = async (state: 'inbox' | 'later' | 'archive') =>
    (await library['articles/list']({ state, sort: 'title' })).map((article) => article.title);

  it('puts new articles in the inbox, moves them, filters by state and keeps it across a restart', async () => {
    const [first, second, third] = [await add('One'), await add('Two'), await add('Three')];
    expect(await titlesIn('inbox')).toEqual(['One', 'Three', 'Two']);

    await library['articles/setReadingState']({ ids: [first, third], state: 'archive' });
    await library['articles/setReadingState']({ ids: [second], state: 'later' });
    expect(await titlesIn('inbox')).toEqual([]);
    expect(await titlesIn('archive')).toEqual(['One', 'Three']);
    expect(await titlesIn('later')).toEqual(['Two']);
    expect(await library['articles/list']({})).toHaveLength(3);

    await library.close();
    // The index is a cache: the state must come back from the article's own notes file.
    await rm(path.join(dataDir, 'library.json'));
    library = await open(dataDir);
    expect(await titlesIn('archive')).toEqual(['One', 'Three']);
    expect((await library['articles/get']({ id: second })).readingState).toBe('later');
  });

  it('refuses the whole call when one article is missing, and changes nothing', async () => {
    const id = await add('Kept');
    const answer = await library.dispatch('articles/setReadingState', {
      ids: [id, 'no-such-article'],
      state: 'archive',
    });
    expect(answer).toMatchObject({ error: { code: 'not-found' } });
    expect(await titlesIn('inbox')).toEqual(['Kept']);
    expect(await library.dispatch('articles/setReadingState', { ids: [id], state: 'done' })).toMatchObject({
      error: { code: 'invalid-params', message: expect.stringContaining('"state"') },
    });
    expect(await library.dispatch('articles/setReadingState', { ids: [], state: 'later' })).toMatchObject({
      error: { code: 'invalid-params' },
    });
  });

  it('reads an article saved before reading states existed as in the inbox', async () => {
    const id = await add('Old');
    await library.close();
    const file = path.join(dataDir, 'articles', id, 'notes.json');
    const notes = JSON.parse(await readFile(file, 'utf8')) as { entry: Record<string, unknown> };
    delete notes.entry.readingState;
    await writeFile(file, JSON.stringify(notes));
    await rm(path.join(dataDir, 'library.json'));
    library = await open(dataDir);
    expect(await titlesIn('inbox')).toEqual(['Old']);
  });
});
