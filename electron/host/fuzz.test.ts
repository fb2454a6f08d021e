import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiMethod } from '../contract/api';
import type { RpcResponse } from '../contract/errors';
import { createLibrary, type Library } from '../core/library';
import { paramSchemas } from '../core/rpc/schemas';
import { seededRandom } from '../core/storage/test-helpers';
import { startHttpHost, type HttpHost } from './http-host';

const SEED = Number(process.env.GLOSS_FUZZ_SEED ?? 20261127);
const CALLS = 1000;

/**
 * A valid call of every method. Typed by the Api map, so a new method without one does not
 * compile; the fuzzing itself runs over the methods of the schema map (below).
 */
function validParams(articleId: string): Record<ApiMethod, Record<string, unknown>> {
  return {
    'library/status': {},
    'library/dismissNotice': { id: 'abc' },
    'articles/list': { tag: 'x', query: 'Lavrov', sort: 'title' },
    'articles/get': { id: articleId },
    'articles/restoreText': { id: articleId },
    'articles/setProgress': { id: articleId, progress: 0.5 },
    'articles/setReadingState': { ids: [articleId], state: 'archive' },
    'trash/list': {},
    'trash/restore': { ids: [articleId] },
    'trash/purge': { ids: [articleId] },
    'articles/delete': { id: articleId },
    'highlights/create': { articleId, start: 10, end: 40, color: 'green' },
    'highlights/update': { articleId, id: 'abc', color: 'blue', note: { markdown: 'x' }, tags: ['a'] },
    'highlights/delete': { articleId, id: 'abc' },
    'highlights/list': { tag: 'a', color: 'green', hasNote: true, after: '2024-01-01', limit: 5 },
    'export/highlights': { highlights: [{ articleId, id: 'abc' }] },
    'highlights/restore': {
      highlight: {
        id: 'abc',
        articleId,
        color: 'yellow',
        start: 10,
        end: 40,
        exact: 'x',
        prefix: '',
        suffix: '',
        anchor: 'position',
        note: { markdown: '', editorState: null, updatedAt: null },
        tags: [],
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    },
    'notes/get': { articleId },
    'notes/save': { articleId, note: { markdown: '**x**', editorState: null } },
    'tags/set': { articleId, tags: ['one', 'two'] },
    'tags/add': { targets: [{ articleId }, { articleId, highlightId: 'abc' }], tag: 'three' },
    'history/undo': {},
    'history/redo': {},
    'tags/list': {},
    'tags/setColor': { name: 'one', color: 'red' },
    'import/file': {
      name: 'a.md',
      data: Buffer.from('Some text.\n\n![A photo](a_files/photo.png)').toString('base64'),
      files: [{ path: 'a_files/photo.png', data: Buffer.from('not a png').toString('base64') }],
    },
    // Port 1 refuses at once: the call is valid and answers 'unreachable'.
    'import/url': { url: 'http://127.0.0.1:1/article' },
    'import/version': { articleId, name: 'a.txt', data: Buffer.from('Some text.').toString('base64') },
    'search/query': { query: 'Lavrov', limit: 5, tag: 'x' },
    'export/library': { articleIds: [articleId], entityNotes: true },
    'export/annotations': { articleIds: [articleId] },
    'import/annotations': { data: '{"type": "AnnotationCollection"}' },
    'export/markdown': { articleId },
    'entities/get': { articleId },
    'entities/correct': { articleId, correction: { kind: 'add', start: 10, end: 20, type: 'person' } },
    'entities/uncorrect': { articleId, correctionId: 'abc' },
    'entities/rules': {},
    'entities/saveNote': { name: 'Klaas Knot', type: 'person', note: { markdown: 'Dutch central banker' } },
    'entities/addRule': { rule: { kind: 'merge', name: 'Knot', into: 'Klaas Knot', type: 'person' } },
    'entities/updateRule': { id: 'abc', rule: { kind: 'retype', name: 'Klaas Knot', type: 'person' } },
    'entities/deleteRule': { id: 'abc' },
    'entities/restoreRule': {
      rule: {
        id: 'abc',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        rule: { kind: 'reject', name: 'TEU' },
      },
    },
    'entities/articles': { name: 'Xi Jinping', type: 'person' },
    'entities/page': { name: 'Sergey Lavrov', type: 'person' },
    'settings/get': {},
    'settings/update': { theme: 'dark' },
    'backups/list': {},
    'backups/restore': { id: 'abc' },
  };
}

/** The params a method cannot do without, read from its schema (those that refuse undefined). */
function requiredKeys(method: ApiMethod): string[] {
  const schema = paramSchemas[method] as unknown as {
    shape?: Record<string, { safeParse(v: unknown): { success: boolean } }>;
  };
  return Object.entries(schema.shape ?? {})
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key);
}

/** Every method the core validates, each with a valid call and its required params. */
function templates(articleId: string): [ApiMethod, Record<string, unknown>, string[]][] {
  const valid = validParams(articleId);
  return (Object.keys(paramSchemas) as ApiMethod[]).map((method) => {
    const params = valid[method];
    if (!params) throw new Error(`the fuzz test has no valid call of ${method}`);
    return [method, params, requiredKeys(method)];
  });
}

/** Values of every JSON type; a field is only ever given one of another type than its own. */
const WRONG_VALUES: unknown[] = [
  null,
  true,
  -1,
  1e308,
  'x'.repeat(70_000),
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '\u0000\uffff\ud800',
  [1, 'a', null],
  { nested: { deeper: [{}] } },
];

const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Set an own property even for names like "__proto__", so JSON.stringify sends it. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

type Call = { method: unknown; params: unknown };

/** One malformed call: a template with one thing wrong. */
function malformed(next: () => number, articleId: string): Call {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const [method, params, required] = pick(templates(articleId));
  const broken = structuredClone(params);
  switch (Math.floor(next() * 5)) {
    case 0:
      return {
        method: pick([`${method}x`, method.toUpperCase(), '', '__proto__', 'constructor', 42, null, ['a']]),
        params,
      };
    case 1:
      return { method, params: pick(['params', 7, [params], true]) };
    case 2:
      setOwn(broken, pick(['extra', '__proto__', 'constructor', 'ID']), pick(WRONG_VALUES));
      return { method, params: broken };
    case 3:
      if (required.length === 0) setOwn(broken, 'unexpected', 1);
      else delete broken[pick(required)];
      return { method, params: broken };
    default: {
      const keys = Object.keys(params);
      if (keys.length === 0) {
        setOwn(broken, '__proto__', []);
        return { method, params: broken };
      }
      const key = pick(keys);
      const original = broken[key];
      const wrong = WRONG_VALUES.filter((value) => kind(value) !== kind(original) || value === -1);
      broken[key] = pick(wrong);
      return { method, params: broken };
    }
  }
}

async function libraryFiles(dir: string): Promise<Record<string, unknown>> {
  const files: Record<string, unknown> = {};
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'backups') await walk(full);
      } else if (entry.name.endsWith('.json')) {
        files[path.relative(dir, full)] = JSON.parse(await readFile(full, 'utf8'));
      }
    }
  };
  await walk(dir);
  return files;
}

describe(`fuzzing browser mode with ${CALLS} malformed calls (seed ${SEED})`, () => {
  let dataDir: string;
  let library: Library;
  let host: HttpHost;
  let articleId: string;

  const post = async (body: string): Promise<{ status: number; answer: RpcResponse }> => {
    const response = await fetch(`http://127.0.0.1:${host.port}/rpc`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body,
    });
    return { status: response.status, answer: (await response.json()) as RpcResponse };
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-fuzz-'));
    library = await createLibrary({ dataDir });
    host = await startHttpHost({ dispatch: library.dispatch, rendererDir: dataDir });
    const [article] = await library['articles/list']({});
    articleId = article!.id;
    // Exporting waits for entity detection, so its cache is on disk before the snapshot.
    await library['export/markdown']({ articleId });
    // The index is written lazily (about a second after the seed import): wait for that write,
    // or it could land during the fuzzing and look like a change the fuzzing made.
    await vi.waitFor(
      async () => {
        const index = JSON.parse(await readFile(path.join(dataDir, 'library.json'), 'utf8')) as {
          articles: unknown[];
        };
        if (index.articles.length !== 1) throw new Error('the index is not written yet');
      },
      { timeout: 10_000, interval: 100 },
    );
  });
  afterAll(async () => {
    await host.close();
    await library.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('covers every method of the schema map, each with a call the schemas accept', () => {
    const all = templates(articleId);
    expect(all.map(([method]) => method).sort()).toEqual(Object.keys(paramSchemas).sort());
    for (const [method, params] of all)
      expect(paramSchemas[method].safeParse(params).success, method).toBe(true);
  });

  it('answers every malformed call with a typed error, changes nothing, and keeps serving', async () => {
    await library['tags/list']({});
    const before = await libraryFiles(dataDir);
    const next = seededRandom(SEED);
    const seen = new Map<string, number>();
    for (let i = 0; i < CALLS; i++) {
      const call = malformed(next, articleId);
      const body = next() < 0.05 ? JSON.stringify(call).slice(0, -3) : JSON.stringify(call);
      const { status, answer } = await post(body);
      const context = `call ${i} (seed ${SEED}): ${body.slice(0, 200)}`;
      expect('error' in answer, context).toBe(true);
      if (!('error' in answer)) continue;
      expect(['invalid-params', 'unknown-method', 'not-found'], context).toContain(answer.error.code);
      expect(status, context).toBeGreaterThanOrEqual(400);
      expect(status, context).toBeLessThan(500);
      expect(answer.error.message, context).not.toMatch(/\n\s+at /);
      seen.set(answer.error.code, (seen.get(answer.error.code) ?? 0) + 1);
    }
    expect(seen.get('invalid-params')).toBeGreaterThan(CALLS / 2);
    expect(seen.get('unknown-method')).toBeGreaterThan(0);

    const list = await post(JSON.stringify({ method: 'articles/list', params: {} }));
    expect(list.status).toBe(200);
    expect(list.answer).toMatchObject({ result: [{ id: articleId, highlightCount: 0 }] });
    await library['tags/list']({});
    expect(await libraryFiles(dataDir)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
