import { mkdtemp, rm } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { EventSource } from 'eventsource';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RpcResponse } from '../contract/errors';
import type { ServerEventName } from '../contract/server-events';
import type { EntityDetector } from '../core/entities';
import { createLibrary, type Library } from '../core/library';
import { startHttpHost, type HttpHost } from './http-host';

const noEntities: EntityDetector = {
  detect: () => Promise.resolve({ mentions: [], entities: [] }),
  close: () => Promise.resolve(),
};

/** What `GET /events` says, heard as a browser would (the token in the Authorization header). */
function listen(host: HttpHost, headers: Record<string, string> = {}) {
  const heard: { name: string; payload: Record<string, unknown> }[] = [];
  const source = new EventSource(`http://127.0.0.1:${host.port}/events`, {
    fetch: (input, init) =>
      fetch(input, {
        ...init,
        headers: { ...init.headers, Authorization: `Bearer ${host.token}`, ...headers },
      }),
  });
  source.onmessage = (event) => {
    const { name, payload } = JSON.parse(event.data) as {
      name: ServerEventName;
      payload: Record<string, unknown>;
    };
    heard.push({ name, payload });
  };
  const open = new Promise<void>((resolve, reject) => {
    source.onopen = () => resolve();
    source.onerror = (error) => reject(new Error(`the stream failed: ${error.message ?? ''}`));
  });
  return { heard, open, close: () => source.close() };
}

describe('GET /events', () => {
  let dataDir: string;
  let library: Library;
  let host: HttpHost;

  const rpc = async (method: string, params: unknown): Promise<RpcResponse> => {
    const response = await fetch(`http://127.0.0.1:${host.port}/rpc`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ method, params }),
    });
    return (await response.json()) as RpcResponse;
  };
  const result = async <T>(method: string, params: unknown): Promise<T> => {
    const answer = await rpc(method, params);
    if (!('result' in answer)) throw new Error(`${method} failed: ${JSON.stringify(answer)}`);
    return answer.result as T;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-events-'));
    library = await createLibrary({ dataDir, seed: false, backfill: false, detector: noEntities });
    host = await startHttpHost({
      dispatch: library.dispatch,
      rendererDir: dataDir,
      subscribe: (listener) => library.subscribe(listener),
    });
  });
  afterAll(async () => {
    await host.close();
    await library.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('sends an event for every change made through /rpc, within a second', async () => {
    const stream = listen(host);
    await stream.open;
    const data = Buffer.from('A headline\n\nSome text of the article.').toString('base64');
    const article = await result<{ id: string }>('import/file', { name: 'a.txt', data });
    const steps: [string, Record<string, unknown>, string][] = [
      ['highlights/create', { articleId: article.id, start: 12, end: 16 }, 'highlight/created'],
      ['notes/save', { articleId: article.id, note: { markdown: 'A note' } }, 'note/saved'],
      ['tags/set', { articleId: article.id, tags: ['news'] }, 'article/updated'],
      ['tags/setColor', { name: 'news', color: 'red' }, 'tag/colored'],
      ['settings/update', { theme: 'dark' }, 'settings/updated'],
      ['articles/delete', { id: article.id }, 'article/deleted'],
    ];
    const changes = () => stream.heard.filter((event) => event.name === 'library/changed');
    const within = (type: string, after: number) =>
      vi.waitFor(
        () =>
          expect(
            changes()
              .slice(after)
              .map((event) => event.payload.type),
          ).toContain(type),
        {
          timeout: 1000,
          interval: 10,
        },
      );
    await within('article/imported', 0);
    for (const [method, params, type] of steps) {
      const before = changes().length;
      await result(method, params);
      await within(type, before);
    }
    expect(changes().every((event) => typeof event.payload.clock === 'string')).toBe(true);
    expect(changes().find((event) => event.payload.type === 'highlight/created')?.payload).toMatchObject({
      articleId: article.id,
      highlightId: expect.any(String),
    });
    // A refused write changes nothing, so nobody is told.
    const before = stream.heard.length;
    await rpc('highlights/delete', { articleId: article.id, id: 'nope' });
    await result('articles/list', {});
    expect(stream.heard.slice(before).filter((event) => event.name === 'library/changed')).toEqual([]);
    stream.close();
  });

  it('refuses a stream without the token, or for another Host or Origin, as /rpc does', async () => {
    // node:http, not fetch: fetch would not send a Host header of our choosing.
    const get = (headers: Record<string, string>) =>
      new Promise<{ status: number; code: string | null }>((resolve, reject) => {
        const request = httpGet(
          { host: '127.0.0.1', port: host.port, path: '/events', headers },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => {
              const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RpcResponse;
              resolve({ status: response.statusCode ?? 0, code: 'error' in body ? body.error.code : null });
            });
          },
        );
        request.on('error', reject);
      });
    const token = { Authorization: `Bearer ${host.token}` };
    expect(await get({})).toEqual({ status: 401, code: 'unauthorized' });
    expect(await get({ Authorization: 'Bearer wrong' })).toEqual({ status: 401, code: 'unauthorized' });
    expect(await get({ ...token, Origin: 'http://evil.example' })).toEqual({
      status: 403,
      code: 'forbidden',
    });
    expect(await get({ ...token, Host: 'evil.example' })).toEqual({ status: 403, code: 'forbidden' });
  });
});
