/** Builders and temp dirs for the storage tests (and the crash-test child). */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseLog } from './notes-log';
import { openStore, type OpenStoreOptions } from './open-store';
import type { ArticleContent, ArticleEntry, Store, StoredHighlight } from './store';

export function tempDataDir(prefix = 'gloss-store-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The temp dirs and stores a test made: `cleanup()` (in afterEach) closes and removes them all. */
export class TestLibraries {
  #dirs: (() => void)[] = [];
  #open: Store[] = [];

  dataDir(): string {
    const { dir, cleanup } = tempDataDir();
    this.#dirs.push(cleanup);
    return dir;
  }

  async open(dir: string, options: Omit<OpenStoreOptions, 'dataDir'> = {}): Promise<Store> {
    const store = await openStore({ ...options, dataDir: dir });
    this.#open.push(store);
    return store;
  }

  async close(store: Store): Promise<void> {
    this.#open = this.#open.filter((open) => open !== store);
    await store.close();
  }

  async cleanup(): Promise<void> {
    await Promise.all(this.#open.splice(0).map((store) => store.close()));
    for (const remove of this.#dirs.splice(0)) remove();
  }
}

export function makeEntry(id: string, overrides: Partial<ArticleEntry> = {}): ArticleEntry {
  return {
    id,
    title: `Article ${id}`,
    byline: null,
    source: `/imports/${id}.txt`,
    url: null,
    siteName: null,
    lang: null,
    format: 'text',
    publishedAt: '2024-04-09',
    addedAt: '2026-01-01T00:00:00.000Z',
    tags: [],
    highlightCount: 0,
    wordCount: 4,
    progress: 0,
    readingState: 'inbox',
    highlightTags: [],
    ...overrides,
  };
}

export function makeContent(id: string, text = 'Lavrov met Wang Yi in Beijing.'): ArticleContent {
  return { id, text, blocks: [{ kind: 'paragraph', text, start: 0, end: text.length }], marks: [] };
}

export function makeHighlight(id: string, overrides: Partial<StoredHighlight> = {}): StoredHighlight {
  const at = '2026-01-02T00:00:00.000Z';
  return {
    id,
    color: 'yellow',
    selector: { quote: { exact: 'Lavrov', prefix: '', suffix: ' met' }, position: { start: 0, end: 6 } },
    note: { markdown: '', editorState: null, updatedAt: null },
    tags: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** Temp files (`.*.tmp`) anywhere under `dir`. */
export function tempFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
    /(^|[\\/])\.[^\\/]*\.tmp$/.test(name),
  );
}

/** Every JSON file under `dir` (damaged files kept aside excepted) that does not parse. */
export function allJsonFilesParse(dir: string): string[] {
  const bad: string[] = [];
  const walk = (folder: string) => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, item.name);
      if (item.isDirectory()) walk(full);
      else if (/\.json(\.bak)?$/.test(item.name)) {
        try {
          JSON.parse(readFileSync(full, 'utf8'));
        } catch {
          bad.push(path.relative(dir, full));
        }
      }
    }
  };
  walk(dir);
  return bad;
}

/** The notes logs under `dir` (damaged ones kept aside excepted) ending torn, and those with a damaged line. */
export function logStates(dir: string): { torn: string[]; damaged: string[] } {
  const states = { torn: [] as string[], damaged: [] as string[] };
  const logs = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
    /(^|[\\/])notes\.log(\.bak)?$/.test(name),
  );
  for (const name of logs) {
    const articleId = path.basename(path.dirname(path.join(dir, name)));
    const parsed = parseLog(readFileSync(path.join(dir, name)), articleId);
    if (parsed.torn) states.torn.push(name);
    if (parsed.damaged.length > 0) states.damaged.push(name);
  }
  return states;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same run, so a failure replays. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Add highlights to an article the way the services do: one `highlight/created` record each. */
export async function addHighlights(store: Store, articleId: string, ...highlights: StoredHighlight[]) {
  for (const highlight of highlights) await store.apply({ type: 'highlight/created', articleId, highlight });
}

/** An article whose figures show `images` (bytes, stored as PNG by content hash), and the files to give with it. */
export function makeFigureArticle(
  id: string,
  images: readonly Uint8Array[],
): { content: ArticleContent; media: { name: string; bytes: Uint8Array }[] } {
  const media = images.map((bytes) => ({
    name: `${createHash('sha256').update(bytes).digest('hex')}.png`,
    bytes,
  }));
  const text = 'The harbour at dawn.';
  const figures = media.map((file, i) => {
    const at = text.length + 2 + i * 2;
    return {
      kind: 'figure' as const,
      text: '',
      start: at,
      end: at,
      image: { src: `media/${id}/${file.name}`, alt: `Photo ${i + 1}` },
    };
  });
  const joined = [text, ...figures.map(() => '')].join('\n\n');
  return {
    content: {
      id,
      text: joined,
      blocks: [{ kind: 'paragraph', text, start: 0, end: text.length }, ...figures],
      marks: [],
    },
    media,
  };
}
