import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../contract/model';
import { Layout, SCHEMA_VERSION } from './layout';
import { MAX_NOTICES, NoticeBoard } from './notice-board';
import { openStore } from './open-store';
import type { Store } from './store';
import { makeContent, makeEntry, addHighlights, makeHighlight, TestLibraries } from './test-helpers';

const libraries = new TestLibraries();
afterEach(() => libraries.cleanup());

/** A library whose index was lost: opening it rebuilds the index and adds one notice. */
async function repairedLibrary(): Promise<{ dir: string; store: Store; notice: Notice }> {
  const dir = libraries.dataDir();
  const first = await openStore({ dataDir: dir });
  await first.addArticle(makeEntry('a1'), makeContent('a1'));
  await addHighlights(first, 'a1', makeHighlight('h1'));
  await first.close();
  rmSync(path.join(dir, 'library.json'));
  const store = await libraries.open(dir);
  const [notice, ...more] = store.notices();
  expect(more).toEqual([]);
  expect(notice!.message).toMatch(/was missing/);
  return { dir, store, notice: notice! };
}

const noticesOnDisk = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, 'notices.json'), 'utf8')) as {
    schemaVersion: number;
    notices: Notice[];
  };

const keptNoticeFiles = (dir: string) =>
  readdirSync(dir).filter((name) => name.startsWith('notices.json.corrupt-'));

describe('repair notices are kept until dismissed', () => {
  it('survive closing and reopening the store, and a crash right after opening', async () => {
    const { dir, store, notice } = await repairedLibrary();
    // On disk as soon as the store is open: a crash now would not lose it.
    expect(noticesOnDisk(dir)).toEqual({ schemaVersion: SCHEMA_VERSION, notices: [notice] });
    await libraries.close(store);
    const again = await libraries.open(dir);
    expect(again.notices()).toEqual([notice]);
  });

  it('made while checking the articles are on disk once the store is open', async () => {
    const { dir, store, notice } = await repairedLibrary();
    await libraries.close(store);
    writeFileSync(path.join(dir, 'articles/a1/notes.json'), '{"schemaVersion":1,"notes":');
    const again = await libraries.open(dir);
    const notices = again.notices();
    expect(notices).toHaveLength(2);
    expect(notices[1]!.message).toMatch(/Article a1/);
    expect(noticesOnDisk(dir).notices).toEqual([notice, notices[1]]);
  });

  it('are gone for good once dismissed', async () => {
    const { dir, store, notice } = await repairedLibrary();
    await store.dismissNotice(notice.id);
    expect(store.notices()).toEqual([]);
    expect(noticesOnDisk(dir).notices).toEqual([]); // acknowledged = on disk, before any close
    await libraries.close(store);
    const again = await libraries.open(dir);
    expect(again.notices()).toEqual([]);
  });

  it('keep the newest ones only', async () => {
    const { dir, store, notice } = await repairedLibrary();
    await libraries.close(store);
    const old = Array.from({ length: MAX_NOTICES + 10 }, (_, n) => ({ ...notice, id: `n${n}` }));
    writeFileSync(
      path.join(dir, 'notices.json'),
      JSON.stringify({ schemaVersion: SCHEMA_VERSION, notices: old }),
    );
    const again = await libraries.open(dir);
    expect(again.notices().map((n) => n.id)).toEqual(old.slice(-MAX_NOTICES).map((n) => n.id));
    expect(noticesOnDisk(dir).notices).toHaveLength(MAX_NOTICES);
  });

  it('adding past the cap drops the oldest, in memory and on disk', async () => {
    const dir = libraries.dataDir();
    const board = new NoticeBoard();
    await board.open(new Layout(dir));
    const added = Array.from({ length: MAX_NOTICES + 5 }, (_, n) => board.add('info', `repair ${n}`));
    await board.idle();
    const newest = added.slice(-MAX_NOTICES);
    expect(board.list()).toEqual(newest);
    expect(noticesOnDisk(dir).notices).toEqual(newest);
  });
});

const DAMAGE: Record<string, (text: string) => string> = {
  truncated: (text) => text.slice(0, Math.floor(text.length / 2)),
  empty: () => '',
  'not JSON': () => '<html>Sync conflict</html>',
  'schema-invalid': (text) => text.replace('"notices":[', '"notices":["wrong",'),
  'without a version': (text) => text.replace(`"schemaVersion":${SCHEMA_VERSION},`, ''),
};

describe.each(Object.keys(DAMAGE))('a %s notices file', (kind) => {
  it('is moved aside and reported once; the library keeps working', async () => {
    const { dir, store } = await repairedLibrary();
    await libraries.close(store);
    const file = path.join(dir, 'notices.json');
    const damaged = DAMAGE[kind]!(readFileSync(file, 'utf8'));
    writeFileSync(file, damaged);

    const again = await libraries.open(dir);
    const kept = keptNoticeFiles(dir);
    expect(kept).toHaveLength(1);
    expect(readFileSync(path.join(dir, kept[0]!), 'utf8')).toBe(damaged);
    const [notice, ...more] = again.notices();
    expect(more).toEqual([]);
    expect(notice!.message).toContain(`kept at ${kept[0]}`);
    expect(notice!.message).toMatch(/could not be read/);
    expect(again.entry('a1')?.highlightCount).toBe(1);
    await addHighlights(again, 'a1', makeHighlight('h2'));
    expect((await again.readNotes('a1')).highlights).toHaveLength(2);

    // The new file is good: no notice about a notice at the next start.
    await libraries.close(again);
    const third = await libraries.open(dir);
    expect(third.notices()).toEqual([notice]);
    expect(keptNoticeFiles(dir)).toEqual(kept);
  });
});
