import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { base64, openLibrary, useTempLibrary } from './temp-library.test-support';

describe('reading states', () => {
  const t = useTempLibrary('gloss-states-');

  const add = async (title: string) =>
    (await t.library['import/file']({ name: `${title}.txt`, data: base64(`${title}\n\nSome words.\n`) })).id;
  const titlesIn = async (state: 'inbox' | 'later' | 'archive') =>
    (await t.library['articles/list']({ state, sort: 'title' })).map((article) => article.title);

  it('puts new articles in the inbox, moves them, filters by state and keeps it across a restart', async () => {
    const [first, second, third] = [await add('One'), await add('Two'), await add('Three')];
    expect(await titlesIn('inbox')).toEqual(['One', 'Three', 'Two']);

    await t.library['articles/setReadingState']({ ids: [first, third], state: 'archive' });
    await t.library['articles/setReadingState']({ ids: [second], state: 'later' });
    expect(await titlesIn('inbox')).toEqual([]);
    expect(await titlesIn('archive')).toEqual(['One', 'Three']);
    expect(await titlesIn('later')).toEqual(['Two']);
    expect(await t.library['articles/list']({})).toHaveLength(3);

    await t.library.close();
    // The index is a cache: the state must come back from the article's own notes file.
    await rm(path.join(t.dataDir, 'library.json'));
    t.library = await openLibrary(t.dataDir);
    expect(await titlesIn('archive')).toEqual(['One', 'Three']);
    expect((await t.library['articles/get']({ id: second })).readingState).toBe('later');
  });

  it('refuses the whole call when one article is missing, and changes nothing', async () => {
    const id = await add('Kept');
    const answer = await t.library.dispatch('articles/setReadingState', {
      ids: [id, 'no-such-article'],
      state: 'archive',
    });
    expect(answer).toMatchObject({ error: { code: 'not-found' } });
    expect(await titlesIn('inbox')).toEqual(['Kept']);
    expect(await t.library.dispatch('articles/setReadingState', { ids: [id], state: 'done' })).toMatchObject({
      error: { code: 'invalid-params', message: expect.stringContaining('"state"') },
    });
    expect(await t.library.dispatch('articles/setReadingState', { ids: [], state: 'later' })).toMatchObject({
      error: { code: 'invalid-params' },
    });
  });

  it('reads an article saved before reading states existed as in the inbox', async () => {
    const id = await add('Old');
    await t.library.close();
    const file = path.join(t.dataDir, 'articles', id, 'notes.json');
    const notes = JSON.parse(await readFile(file, 'utf8')) as { entry: Record<string, unknown> };
    delete notes.entry.readingState;
    await writeFile(file, JSON.stringify(notes));
    await rm(path.join(t.dataDir, 'library.json'));
    t.library = await openLibrary(t.dataDir);
    expect(await titlesIn('inbox')).toEqual(['Old']);
  });
});
