import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIndexFile, writeIndexFile } from './index-file';
import { parseQuery } from './query-syntax';
import { searchDocument } from './search-document';
import { searchEntry } from './search-entry.test-support';
import { SearchIndex, type IndexSnapshot, type SavedIndex } from './search-index';

const noNotes = { note: { markdown: '' }, highlights: [] };

/** A distinct word for every number ("ba", "bb", …): a large vocabulary without a corpus. */
const word = (n: number) => {
  let text = '';
  for (let rest = n + 26; rest > 0; rest = Math.floor(rest / 26))
    text = String.fromCharCode(97 + (rest % 26)) + text;
  return text;
};

function put(index: SearchIndex, id: string, title: string, body: string, stamp = `s-${id}`) {
  const { document, facts } = searchDocument(searchEntry(id, title), body, noNotes, []);
  index.put(document, facts, stamp);
}

/** Every piece of a snapshot, as the file holds it once unzipped. */
function text(snapshot: IndexSnapshot, between: () => void = () => undefined): string {
  let out = snapshot.head;
  for (let piece = snapshot.next(3); piece !== null; piece = snapshot.next(3)) {
    out += piece;
    between();
  }
  out += snapshot.tail();
  snapshot.release();
  return out;
}

const ids = (index: SearchIndex, query: string) => index.search(parseQuery(query)).hits.map((hit) => hit.id);

describe('a snapshot of the index while it keeps changing', () => {
  it('saves the index as it was when taken; articles changed meanwhile come back stale, new ones absent', () => {
    const index = new SearchIndex();
    put(index, 'kept', 'Lighthouse', 'The keeper trimmed the lamp.');
    put(index, 'edited', 'Harbour', 'Cranes at dawn.');
    put(index, 'deleted', 'Gulls', 'Gulls over the pier.');
    const snapshot = index.snapshot('rules-key');
    let changes = 0;
    const saved = JSON.parse(
      text(snapshot, () => {
        // Changes arrive between the pieces, as searches and updates do on the worker.
        if (changes++ > 0) return;
        put(index, 'edited', 'Harbour', 'Tugboats at noon.', 's-edited-2');
        index.remove('deleted');
        put(index, 'added', 'Ferries', 'A ferry timetable.');
        expect(ids(index, 'cranes')).toEqual([]); // the live index moved on
      }),
    ) as SavedIndex;
    expect(saved.rules).toBe('rules-key');
    expect(saved.stamps).toEqual({ kept: 's-kept', edited: '', deleted: '' });
    const loaded = new SearchIndex(saved);
    expect(ids(loaded, 'lamp')).toEqual(['kept']);
    expect(ids(loaded, 'ferry')).toEqual([]);
    expect(ids(loaded, 'tugboats')).toEqual([]);
    // The stale ones are indexed again at the next start (their stamp never matches), or dropped.
    put(loaded, 'edited', 'Harbour', 'Tugboats at noon.', 's-edited-2');
    loaded.remove('deleted');
    expect(ids(loaded, 'tugboats')).toEqual(['edited']);
    expect(ids(loaded, 'gulls')).toEqual([]);
  });

  it('stops following changes once released', () => {
    const index = new SearchIndex();
    put(index, 'a', 'One', 'First.');
    const first = index.snapshot();
    const saved = JSON.parse(text(first)) as SavedIndex;
    put(index, 'a', 'One', 'Again.', 'later');
    expect(saved.stamps).toEqual({ a: 's-a' });
    expect((JSON.parse(text(index.snapshot())) as SavedIndex).stamps).toEqual({ a: 'later' });
  });
});

describe('the index file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gloss-index-file-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is written in slices that let other work run between them, and reads back equal', async () => {
    const index = new SearchIndex();
    for (let n = 0; n < 200; n++) {
      const body = Array.from({ length: 30 }, (_, i) => word(n * 30 + i)).join(' ');
      put(index, `a${n}`, `Article ${n}`, body);
    }
    const file = path.join(dir, 'index.json.gz');
    const snapshot = index.snapshot();
    const order: string[] = [];
    const next = snapshot.next.bind(snapshot);
    snapshot.next = (terms) => {
      order.push('piece');
      return next(terms);
    };
    let writing = true;
    const other = (async () => {
      while (writing) {
        await tick();
        order.push('other');
      }
    })();
    const bytes = await writeIndexFile(file, snapshot, { sliceMs: 0 });
    writing = false;
    await other;
    // 6,000 words, 500 a piece: other work ran between the first piece and the last.
    const pieces = order.flatMap((what, at) => (what === 'piece' ? [at] : []));
    expect(pieces.length).toBeGreaterThan(10);
    expect(order.slice(pieces[0], pieces.at(-1)).filter((what) => what === 'other').length).toBeGreaterThan(
      5,
    );
    expect(bytes).toBeGreaterThan(0);
    const loaded = readIndexFile(file);
    expect(loaded.size).toBe(200);
    expect(ids(loaded, word(123 * 30 + 7))).toEqual(['a123']);
    expect(await readdir(dir)).toEqual(['index.json.gz']); // no temp file left
  });

  it('reads a damaged or missing file as an empty index (a cache: it is rebuilt)', async () => {
    const file = path.join(dir, 'damaged.json.gz');
    await writeFile(file, 'not gzip at all');
    expect(readIndexFile(file).size).toBe(0);
    expect(readIndexFile(path.join(dir, 'missing.json.gz')).size).toBe(0);
  });
});
