import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import { SCHEMA_VERSION } from './layout';
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

/** A library as version 1 wrote it: flat blocks (headings without a level), no marks. */
const V1_ENTRY = {
  id: 'v1a',
  title: 'Rates',
  byline: null,
  source: '/x/rates.md',
  publishedAt: null,
  addedAt: '2025-01-01T00:00:00Z',
  tags: ['economy'],
  wordCount: 6,
  progress: 0.5,
};
const V1_TEXT = 'Rates\n\nThe bank held rates.\n\nA point';
const V1 = {
  'library.json': {
    schemaVersion: 1,
    articles: [{ entry: { ...V1_ENTRY, highlightCount: 1, highlightTags: [] }, stamp: null }],
    tagColors: { economy: 'teal' },
    settings: { theme: 'light', hiddenEntityTypes: [], exportEntities: 'none' },
    savedAt: '2025-01-02T00:00:00Z',
  },
  'articles/v1a/article.json': {
    schemaVersion: 1,
    entry: V1_ENTRY,
    content: {
      id: 'v1a',
      text: V1_TEXT,
      blocks: [
        { kind: 'heading', text: 'Rates', start: 0, end: 5 },
        { kind: 'paragraph', text: 'The bank held rates.', start: 7, end: 27 },
        { kind: 'list-item', text: 'A point', start: 29, end: 36 },
      ],
    },
  },
  'articles/v1a/notes.json': {
    schemaVersion: 1,
    entry: V1_ENTRY,
    notes: {
      articleId: 'v1a',
      note: { markdown: '', editorState: null, updatedAt: null },
      highlights: [
        {
          id: 'h1',
          color: 'blue',
          selector: {
            quote: { exact: 'held rates', prefix: 'The bank ', suffix: '.' },
            position: { start: 16, end: 26 },
          },
          note: { markdown: 'why?', editorState: null, updatedAt: '2025-01-02T00:00:00Z' },
          tags: [],
          createdAt: '2025-01-02T00:00:00Z',
          updatedAt: '2025-01-02T00:00:00Z',
        },
      ],
      corrections: [],
    },
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
      expect(JSON.parse(readFileSync(path.join(dir, name), 'utf8'))).toMatchObject({
        schemaVersion: SCHEMA_VERSION,
      });
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

  it('migrates a version-1 library to the rich article model, keeping every highlight', async () => {
    const { dir, cleanup } = tempDataDir();
    cleanups.push(cleanup);
    writeFixture(dir, V1);
    const store = await openStore({ dataDir: dir });

    expect(store.entry('v1a')).toMatchObject({
      format: 'markdown',
      url: null,
      siteName: null,
      lang: null,
      tags: ['economy'],
      progress: 0.5,
      highlightCount: 1,
    });
    const content = await store.readContent('v1a');
    expect(content.text).toBe(V1_TEXT);
    expect(content.marks).toEqual([]);
    expect(content.blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Rates', start: 0, end: 5 },
      { kind: 'paragraph', text: 'The bank held rates.', start: 7, end: 27 },
      { kind: 'list-item', ordered: false, depth: 0, text: 'A point', start: 29, end: 36 },
    ]);
    const notes = await store.readNotes('v1a');
    expect(notes.highlights).toEqual(V1['articles/v1a/notes.json'].notes.highlights);
    expect(store.tagColors()).toEqual({ economy: 'teal' });
    await store.close();

    const [kept] = readdirSync(path.join(dir, 'backups')).filter((name) =>
      name.startsWith('migration-from-v1-'),
    );
    expect(kept).toBeDefined();
    for (const [name, data] of Object.entries(V1)) {
      expect(JSON.parse(readFileSync(path.join(dir, name), 'utf8'))).toMatchObject({
        schemaVersion: SCHEMA_VERSION,
      });
      expect(readFileSync(path.join(dir, 'backups', kept!, name), 'utf8')).toBe(
        JSON.stringify(data, null, 2),
      );
    }
    expect(allJsonFilesParse(dir)).toEqual([]);
  });

  it.each([SCHEMA_VERSION + 1, 99])(
    'refuses a library saved at schema %i, and rewrites nothing',
    async (version) => {
      const { dir, cleanup } = tempDataDir();
      cleanups.push(cleanup);
      writeFixture(dir, {
        ...V0,
        'library.json': { schemaVersion: version, articles: [], unknownToUs: true },
      });
      const before = snapshot(dir);
      const opening = openStore({ dataDir: dir });
      await expect(opening).rejects.toMatchObject({ code: 'newer-schema' });
      await expect(opening).rejects.toThrow(
        /newer version of Gloss.*Update Gloss.*Nothing in the library was changed/,
      );
      expect(snapshot(dir)).toEqual(before);
    },
  );

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
        url: null,
        siteName: null,
        lang: null,
        format: 'text',
        publishedAt: null,
        addedAt: 'x',
        tags: [],
        highlightCount: 0,
        wordCount: 1,
        progress: 0,
        readingState: 'inbox',
        highlightTags: [],
      },
      { id: 'a', text: 't', blocks: [], marks: [] },
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
