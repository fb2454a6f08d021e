import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import { allJsonFilesParse, tempDataDir } from './test-helpers';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A library as the version-0 prototype wrote it: no schemaVersion, flat highlights. */
const V0 = {
  'library.json': {
    articles: [
      {
        id: 'old1',
        title: 'Lavrov in Beijing',
        source: '/x/old1.txt',
        addedAt: '2024-04-10T00:00:00Z',
        tags: ['Russia'],
      },
    ],
    settings: { theme: 'dark' },
  },
  'articles/old1/article.json': {
    id: 'old1',
    title: 'Lavrov in Beijing',
    byline: 'Staff',
    source: '/x/old1.txt',
    publishedAt: '2024-04-09',
    addedAt: '2024-04-10T00:00:00Z',
    text: 'Lavrov met Wang Yi.',
    blocks: [{ kind: 'paragraph', text: 'Lavrov met Wang Yi.', start: 0, end: 19 }],
  },
  'articles/old1/notes.json': {
    articleId: 'old1',
    note: 'My *old* note',
    highlights: [
      {
        id: 'h1',
        start: 0,
        end: 6,
        text: 'Lavrov',
        color: 'green',
        note: 'who',
        tags: ['people'],
        createdAt: '2024-04-11T00:00:00Z',
      },
    ],
  },
};

function writeFixture(dir: string, files: Record<string, unknown>) {
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), JSON.stringify(data, null, 2));
  }
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, item.name);
      if (item.isDirectory()) walk(full);
      else files[path.relative(dir, full)] = `${statSync(full).mtimeMs}:${readFileSync(full, 'utf8')}`;
    }
  };
  walk(dir);
  return files;
}

describe('schema migration', () => {
  it('migrates a version-0 library once, after keeping a copy of the old files', async () => {
    const { dir, cleanup } = tempDataDir();
    cleanups.push(cleanup);
    writeFixture(dir, V0);
    const store = await openStore({ dataDir: dir });

    expect(store.entry('old1')).toMatchObject({
      title: 'Lavrov in Beijing',
      byline: 'Staff',
      tags: ['Russia'],
      wordCount: 4,
      highlightCount: 1,
      highlightTags: ['people'],
    });
    expect(store.settings().theme).toBe('dark');
    const notes = await store.readNotes('old1');
    expect(notes.note.markdown).toBe('My *old* note');
    expect(notes.highlights[0]).toMatchObject({
      id: 'h1',
      color: 'green',
      selector: { quote: { exact: 'Lavrov' }, position: { start: 0, end: 6 } },
      note: { markdown: 'who', editorState: null },
      tags: ['people'],
    });
    expect((await store.readContent('old1')).text).toBe('Lavrov met Wang Yi.');
    const notices = store.notices();
    expect(notices.map((n) => n.level)).toEqual(['info']);
    await store.close();

    for (const name of Object.keys(V0)) {
      expect(JSON.parse(readFileSync(path.join(dir, name), 'utf8'))).toMatchObject({ schemaVersion: 1 });
    }
    const [kept] = readdirSync(path.join(dir, 'backups')).filter((name) =>
      name.startsWith('migration-from-v0-'),
    );
    for (const [name, data] of Object.entries(V0)) {
      expect(readFileSync(path.join(dir, 'backups', kept!, name), 'utf8')).toBe(
        JSON.stringify(data, null, 2),
      );
    }
    expect(allJsonFilesParse(dir)).toEqual([]);

    const again = await openStore({ dataDir: dir });
    expect(again.notices()).toEqual(notices); // kept until dismissed; migrated only once
    expect(again.entry('old1')?.highlightCount).toBe(1);
    await again.close();
  });

  it.each([2, 99])('refuses a library saved at schema %i, and rewrites nothing', async (version) => {
    const { dir, cleanup } = tempDataDir();
    cleanups.push(cleanup);
    writeFixture(dir, { ...V0, 'library.json': { schemaVersion: version, articles: [], unknownToUs: true } });
    const before = snapshot(dir);
    const opening = openStore({ dataDir: dir });
    await expect(opening).rejects.toMatchObject({ code: 'newer-schema' });
    await expect(opening).rejects.toThrow(
      /newer version of Gloss.*Update Gloss.*Nothing in the library was changed/,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses to open a notes file from a newer version, without touching it', async () => {
    const { dir, cleanup } = tempDataDir();
    cleanups.push(cleanup);
    const store = await openStore({ dataDir: dir });
    await store.addArticle(
      {
        id: 'a',
        title: 'A',
        byline: null,
        source: 's',
        publishedAt: null,
        addedAt: 'x',
        tags: [],
        highlightCount: 0,
        wordCount: 1,
        progress: 0,
        highlightTags: [],
      },
      { id: 'a', text: 't', blocks: [] },
    );
    await store.close();
    const file = path.join(dir, 'articles/a/notes.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 5, future: true }));
    const reopened = await openStore({ dataDir: dir });
    await expect(reopened.readNotes('a')).rejects.toMatchObject({ code: 'newer-schema' });
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify({ schemaVersion: 5, future: true }));
    await reopened.close();
  });
});
