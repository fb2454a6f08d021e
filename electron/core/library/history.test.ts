import { describe, expect, it } from 'vitest';
import type { ApiMethod, ApiParams, ApiResult } from '../../contract/api';
import { base64, openLibrary, useTempLibrary } from './temp-library.test-support';

describe('undo and redo', () => {
  const temp = useTempLibrary('gloss-history-');

  /** A call as window `origin` makes it, through the validated entry point. */
  async function as<M extends ApiMethod>(origin: string, method: M, params: ApiParams<M>) {
    const answer = await temp.library.dispatch(method, params, { origin });
    if ('error' in answer) throw Object.assign(new Error(answer.error.message), { code: answer.error.code });
    return answer.result as ApiResult<M>;
  }
  const refusal = async (origin: string, method: ApiMethod) => {
    const answer = await temp.library.dispatch(method, {}, { origin });
    return 'error' in answer ? answer.error : null;
  };
  const add = async (title: string) =>
    (
      await temp.library['import/file']({
        name: `${title}.txt`,
        data: base64(`${title}\n\nSome words about ${title}.\n`),
      })
    ).id;
  const titles = async () =>
    (await temp.library['articles/list']({ sort: 'title' })).map((article) => article.title);
  const tagsOf = async (id: string) => (await temp.library['articles/get']({ id })).tags;

  it('undoes a bulk delete in one step, redoes it, and a new change clears redo', async () => {
    const ids = [await add('One'), await add('Two'), await add('Three')];
    await as('w1', 'articles/delete', { ids });
    expect(await titles()).toEqual([]);

    const undone = await as('w1', 'history/undo', {});
    expect(undone.step?.changes.map((change) => [change.type, change.title])).toEqual([
      ['article/restored', 'Three'],
      ['article/restored', 'Two'],
      ['article/restored', 'One'],
    ]);
    expect(undone).toMatchObject({ canRedo: true });
    expect(await titles()).toEqual(['One', 'Three', 'Two']);
    expect(await temp.library['trash/list']({})).toEqual([]);

    const redone = await as('w1', 'history/redo', {});
    expect(redone.step?.changes.map((change) => change.type)).toEqual(Array(3).fill('article/deleted'));
    expect(await titles()).toEqual([]);
    expect(await temp.library['trash/list']({})).toHaveLength(3);

    await as('w1', 'history/undo', {});
    await as('w1', 'tags/add', { targets: [{ articleId: ids[0]! }], tag: 'new' });
    expect(await as('w1', 'history/redo', {})).toEqual({ step: null, canUndo: true, canRedo: false });
    expect(await titles()).toEqual(['One', 'Three', 'Two']);
  });

  it('undoes a bulk tag on articles and highlights in one step, leaving the other tags', async () => {
    const [a, b] = [await add('Alpha'), await add('Beta')];
    await temp.library['tags/set']({ articleId: a, tags: ['kept'] });
    const { text } = await temp.library['articles/get']({ id: b });
    const start = text.indexOf('words');
    const made = await temp.library['highlights/create']({ articleId: b, start, end: start + 5 });

    const answer = await as('w1', 'tags/add', {
      targets: [{ articleId: a }, { articleId: b }, { articleId: b, highlightId: made.id }],
      tag: 'Brief',
    });
    expect(answer).toEqual({ tagged: 3 });
    expect(await tagsOf(a)).toEqual(['kept', 'Brief']);

    const undone = await as('w1', 'history/undo', {});
    expect(undone.step?.changes.map((change) => change.fields)).toEqual([
      ['tags', 'updatedAt'],
      ['tags'],
      ['tags'],
    ]);
    expect(await tagsOf(a)).toEqual(['kept']);
    expect(await tagsOf(b)).toEqual([]);
    expect((await temp.library['articles/get']({ id: b })).highlights[0]?.tags).toEqual([]);

    await as('w1', 'history/redo', {});
    expect(await tagsOf(a)).toEqual(['kept', 'Brief']);
    expect((await temp.library['articles/get']({ id: b })).highlights[0]?.tags).toEqual(['Brief']);
  });

  it('refuses a bulk tag or delete naming an article that is gone, and changes nothing', async () => {
    const a = await add('Alpha');
    const gone = { error: { code: 'not-found' } };
    expect(
      await temp.library.dispatch('tags/add', {
        targets: [{ articleId: a }, { articleId: 'nope' }],
        tag: 'x',
      }),
    ).toMatchObject(gone);
    expect(await temp.library.dispatch('articles/delete', { ids: [a, 'nope'] })).toMatchObject(gone);
    expect(await tagsOf(a)).toEqual([]);
    expect(await titles()).toEqual(['Alpha']);
    expect(await temp.library.dispatch('articles/delete', {})).toEqual({
      error: {
        code: 'invalid-params',
        message: 'Invalid the params: name one article as "id", or several as "ids".',
      },
    });
  });

  it("keeps one history per window, and refuses to undo over another window's change", async () => {
    const a = await add('Alpha');
    await as('w1', 'tags/set', { articleId: a, tags: ['first'] });
    await as('w1', 'settings/update', { theme: 'dark' });
    await as('w1', 'tags/set', { articleId: a, tags: ['first', 'second'] });
    // Another window's history is its own: nothing to undo there.
    expect(await as('w2', 'history/undo', {})).toEqual({ step: null, canUndo: false, canRedo: false });

    await as('w2', 'tags/set', { articleId: a, tags: ['theirs'] });
    const refused = await refusal('w1', 'history/undo');
    expect(refused).toMatchObject({ code: 'conflict' });
    expect(refused?.message).toMatch(/changed since in another window/);
    expect(await tagsOf(a)).toEqual(['theirs']);

    // The refused step is dropped: the next undo takes back the setting, untouched elsewhere.
    const undone = await as('w1', 'history/undo', {});
    expect(undone.step?.changes).toEqual([{ type: 'settings/updated', fields: ['theme'] }]);
    expect((await temp.library['settings/get']({})).theme).toBe('system');
    // The first tag change is stale too (the same article's tags): refused, and then nothing is left.
    expect(await refusal('w1', 'history/undo')).toMatchObject({ code: 'conflict' });
    expect(await as('w1', 'history/undo', {})).toMatchObject({ step: null });
    expect(await tagsOf(a)).toEqual(['theirs']);
  });

  it('brings a deleted highlight back whole, and does not undo reading progress', async () => {
    const a = await add('Alpha');
    const { text } = await temp.library['articles/get']({ id: a });
    const start = text.indexOf('words');
    const made = await as('w1', 'highlights/create', { articleId: a, start, end: start + 5, color: 'blue' });
    await as('w1', 'highlights/update', { articleId: a, id: made.id, note: { markdown: 'Mine' } });
    await as('w1', 'highlights/delete', { articleId: a, id: made.id });
    await as('w1', 'articles/setProgress', { id: a, progress: 0.7 });

    const undone = await as('w1', 'history/undo', {});
    expect(undone.step?.changes).toEqual([{ type: 'highlight/created', articleId: a, title: 'Alpha' }]);
    const [back] = (await temp.library['articles/get']({ id: a })).highlights;
    expect(back).toMatchObject({ id: made.id, color: 'blue', note: { markdown: 'Mine' } });
    expect((await temp.library['articles/get']({ id: a })).progress).toBe(0.7);

    await as('w1', 'history/undo', {});
    expect((await temp.library['articles/get']({ id: a })).highlights[0]?.note.markdown).toBe('');
  });

  it('brings back the older library rule a newer one replaced (and redoes the newer)', async () => {
    await as('w1', 'entities/addRule', {
      rule: { kind: 'retype', name: 'Klaas Knot', type: 'organization' },
    });
    const [older] = await temp.library['entities/rules']({});
    await as('w1', 'entities/addRule', { rule: { kind: 'retype', name: 'klaas knot', type: 'person' } });
    const [newer] = await temp.library['entities/rules']({});
    expect(newer?.rule).toMatchObject({ type: 'person' });

    await as('w1', 'history/undo', {});
    expect(await temp.library['entities/rules']({})).toEqual([older]);
    await as('w1', 'history/redo', {});
    expect(await temp.library['entities/rules']({})).toEqual([newer]);
    await as('w1', 'history/undo', {});
    await as('w1', 'history/undo', {});
    expect(await temp.library['entities/rules']({})).toEqual([]);
  });

  it('keeps the history of a closed library nowhere: a reopened one starts empty', async () => {
    const a = await add('Alpha');
    await as('w1', 'articles/delete', { id: a });
    await temp.library.close();
    temp.library = await openLibrary(temp.dataDir);
    expect(await as('w1', 'history/undo', {})).toMatchObject({ step: null });
  });
});
