/**
 * The notes log (notes-log.ts, notes-doc.ts): each notes write appends one line to the
 * article's notes.log; notes.json is a snapshot the log is folded into now and then. Real files
 * in temp dirs, read back by reopening the library as a user would.
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLog } from './notes-log';
import type { Store } from './store';
import { addHighlights, makeContent, makeEntry, makeHighlight, TestLibraries } from './test-helpers';

const libraries = new TestLibraries();
afterEach(() => libraries.cleanup());

const files = (dir: string) => ({
  notes: path.join(dir, 'articles/a1/notes.json'),
  log: path.join(dir, 'articles/a1/notes.log'),
  logBak: path.join(dir, 'articles/a1/notes.log.bak'),
  folder: path.join(dir, 'articles/a1'),
});
const ids = async (store: Store) => (await store.readNotes('a1')).highlights.map((h) => h.id);
const note = (markdown: string) => ({ markdown, editorState: null, updatedAt: null });

/** The library's files as they are now, as a crash would leave them (nothing folded at close). */
async function crashCopy(dir: string, store: Store): Promise<string> {
  await store.flush();
  const copy = libraries.dataDir();
  cpSync(dir, copy, { recursive: true });
  rmSync(path.join(copy, 'gloss.lock'));
  return copy;
}

async function library(options: Parameters<TestLibraries['open']>[1] = {}) {
  const dir = libraries.dataDir();
  const store = await libraries.open(dir, options);
  await store.addArticle(makeEntry('a1'), makeContent('a1'));
  return { dir, store };
}

describe('notes log', () => {
  it('a highlight write appends one line and leaves notes.json as it was', async () => {
    const { dir, store } = await library();
    const before = readFileSync(files(dir).notes);
    await addHighlights(store, 'a1', makeHighlight('h1'), makeHighlight('h2'));
    await store.apply({ type: 'note/saved', articleId: 'a1', note: note('mine') });
    expect(readFileSync(files(dir).notes)).toEqual(before);
    const log = parseLog(readFileSync(files(dir).log), 'a1');
    expect(log.entries.map((entry) => [entry.seq, entry.record.change.type])).toEqual([
      [1, 'highlight/created'],
      [2, 'highlight/created'],
      [3, 'note/saved'],
    ]);
    expect(log.entries[0]!.record.device).toBe(store.device);
  });

  it('a reopened library replays the log: everything acknowledged is there', async () => {
    const { dir, store } = await library();
    await addHighlights(store, 'a1', makeHighlight('h1'), makeHighlight('h2'));
    await store.apply({ type: 'highlight/deleted', articleId: 'a1', highlightId: 'h1' });
    await store.updateEntry('a1', { progress: 0.25 });
    const reopened = await libraries.open(await crashCopy(dir, store));
    expect(await ids(reopened)).toEqual(['h2']);
    expect(reopened.entry('a1')).toMatchObject({ progress: 0.25, highlightCount: 1 });
    expect(reopened.notices()).toEqual([]);
  });

  it('peekNotes of an article not loaded reads the snapshot with its log', async () => {
    const { dir, store } = await library();
    await addHighlights(store, 'a1', makeHighlight('h1'));
    const reopened = await libraries.open(await crashCopy(dir, store));
    expect((await reopened.peekNotes('a1')).highlights.map((h) => h.id)).toEqual(['h1']);
  });

  it('folds the log into notes.json once it passes its limit, keeping the state before as .bak', async () => {
    const { dir, store } = await library({ compaction: { maxLines: 3, minBytes: 1 << 20 } });
    await addHighlights(store, 'a1', makeHighlight('h1'), makeHighlight('h2'), makeHighlight('h3'));
    await store.flush();
    const snapshot = JSON.parse(readFileSync(files(dir).notes, 'utf8')) as {
      logSeq: number;
      notes: { highlights: { id: string }[] };
    };
    expect(snapshot.logSeq).toBe(3);
    expect(snapshot.notes.highlights.map((h) => h.id)).toEqual(['h1', 'h2', 'h3']);
    expect(statSync(files(dir).log).size).toBe(0);
    expect(parseLog(readFileSync(files(dir).logBak), 'a1').entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    await addHighlights(store, 'a1', makeHighlight('h4'));
    expect(parseLog(readFileSync(files(dir).log), 'a1').entries.map((e) => e.seq)).toEqual([4]);
    await libraries.close(store);
    const reopened = await libraries.open(dir);
    expect(await ids(reopened)).toEqual(['h1', 'h2', 'h3', 'h4']);
  });

  it('a crash between a fold and the log rotation applies no change twice', async () => {
    const { dir, store } = await library();
    // Replayed twice, these would move h1 after h3.
    await addHighlights(store, 'a1', makeHighlight('h1'), makeHighlight('h2'));
    await store.apply({ type: 'highlight/deleted', articleId: 'a1', highlightId: 'h1' });
    await addHighlights(store, 'a1', makeHighlight('h1'), makeHighlight('h3'));
    await libraries.close(store); // folds: snapshot at line 5, then the log moved to notes.log.bak
    renameSync(files(dir).logBak, files(dir).log); // as if killed before the move
    const reopened = await libraries.open(dir);
    expect(await ids(reopened)).toEqual(['h2', 'h1', 'h3']);
    expect(reopened.notices()).toEqual([]);
    await addHighlights(reopened, 'a1', makeHighlight('h4'));
    await libraries.close(reopened);
    expect(await ids(await libraries.open(dir))).toEqual(['h2', 'h1', 'h3', 'h4']);
  });

  it.each([
    ['cut mid-line', '{"seq":9,"record":{"id":"x","dev'],
    ['NUL fill after a power cut', '\0'.repeat(300)],
    ['NUL fill with line ends', `${'\0'.repeat(40)}\n${'\0'.repeat(40)}\n`],
  ])('a torn last line (%s) is dropped quietly and cut off before the next append', async (_name, tail) => {
    const { dir, store } = await library();
    await addHighlights(store, 'a1', makeHighlight('h1'), makeHighlight('h2'));
    const copy = await crashCopy(dir, store);
    const log = files(copy).log;
    const good = readFileSync(log);
    appendFileSync(log, tail);
    const reopened = await libraries.open(copy);
    expect(await ids(reopened)).toEqual(['h1', 'h2']);
    expect(reopened.notices()).toEqual([]);
    expect(readFileSync(log)).toEqual(good);
    await addHighlights(reopened, 'a1', makeHighlight('h3'));
    expect(parseLog(readFileSync(log), 'a1')).toMatchObject({ torn: false, damaged: [] });
    await libraries.close(reopened);
    expect(await ids(await libraries.open(copy))).toEqual(['h1', 'h2', 'h3']);
  });

  it.each([
    ['not JSON', () => '{"seq":2,"record":{"id":"x", garbage'],
    ['a line from another article', (line: string) => line.replace('"articleId":"a1"', '"articleId":"a9"')],
    ['an invalid highlight', (line: string) => line.replace('"color":"yellow"', '"color":42')],
  ])(
    'a damaged middle line (%s) is kept aside, the user told, every other change kept',
    async (_name, spoil) => {
      const { dir, store } = await library();
      await addHighlights(store, 'a1', makeHighlight('h1'), makeHighlight('h2'), makeHighlight('h3'));
      const copy = await crashCopy(dir, store);
      const log = files(copy).log;
      const lines = readFileSync(log, 'utf8').split('\n');
      lines[1] = spoil(lines[1]!);
      const damaged = lines.join('\n');
      writeFileSync(log, damaged);

      const reopened = await libraries.open(copy);
      expect(await ids(reopened)).toEqual(['h1', 'h3']);
      expect(reopened.entry('a1')?.highlightCount).toBe(2);
      const notices = reopened.notices();
      expect(notices).toHaveLength(1);
      expect(notices[0]!.message).toMatch(
        /One change to the highlights and notes of "Article a1" could not be read back/,
      );
      const kept = readdirSync(files(copy).folder).filter((name) => name.startsWith('notes.log.corrupt-'));
      expect(kept).toHaveLength(1);
      expect(notices[0]!.message).toContain(kept[0]);
      expect(readFileSync(path.join(files(copy).folder, kept[0]!), 'utf8')).toBe(damaged);
      await addHighlights(reopened, 'a1', makeHighlight('h4'));
      await libraries.close(reopened);
      const again = await libraries.open(copy);
      expect(await ids(again)).toEqual(['h1', 'h3', 'h4']);
      expect(again.notices()).toHaveLength(1); // the same notice, not a second repair
    },
  );

  it('the index entry follows the log: a change logged after the index was written is seen at start', async () => {
    const { dir, store } = await library();
    await store.flush(); // the index now records the notes files as they are
    await addHighlights(store, 'a1', makeHighlight('h1'));
    const indexBefore = readFileSync(path.join(dir, 'library.json'));
    // Killed before the lazy index write: only the log knows about h1.
    const copy = await crashCopy(dir, store);
    writeFileSync(path.join(copy, 'library.json'), indexBefore);
    const reopened = await libraries.open(copy);
    expect(reopened.entry('a1')?.highlightCount).toBe(1);
  });

  it('a deleted article goes to the trash with its log folded in, and comes back whole', async () => {
    const { dir, store } = await library();
    await addHighlights(store, 'a1', makeHighlight('h1'), makeHighlight('h2'));
    await store.deleteArticle('a1');
    const trashed = path.join(dir, 'trash/a1');
    expect(existsSync(path.join(trashed, 'notes.json'))).toBe(true);
    expect(statSync(path.join(trashed, 'notes.log')).size).toBe(0);
    expect((await store.trashed()).map((t) => [t.id, t.highlightCount])).toEqual([['a1', 2]]);
    await store.apply({ type: 'article/restored', articleId: 'a1', title: 'Article a1' });
    expect(await ids(store)).toEqual(['h1', 'h2']);
  });
});
