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
    const changes = () => stream.heard.filter((event) => event.name === 'library/changed');
    const within = (type: string, after: number) =>
      vi.waitFor(
        () =>
          expect(
            changes()
              .slice(after)
              .map((event) => event.payload.type),
          ).toContain(type),
        { timeout: 1000, interval: 10 },
      );
    /** Make a change through /rpc and expect its event within a second; resolves with the answer. */
    const step = async <T>(method: string, params: unknown, type: string): Promise<T> => {
      const before = changes().length;
      const answer = await result<T>(method, params);
      await within(type, before);
      return answer;
    };
    await within('article/imported', 0);
    const articleId = article.id;
    const highlight = await step<{ id: string }>(
      'highlights/create',
      { articleId, start: 12, end: 16 },
      'highlight/created',
    );
    const card = await step<{ note: { updatedAt: string } }>(
      'highlights/update',
      { articleId, id: highlight.id, note: { markdown: 'On the card', basedOn: null } },
      'highlight/updated',
    );
    await step('highlights/update', { articleId, id: highlight.id, color: 'green' }, 'highlight/updated');
    await step('tags/set', { articleId, highlightId: highlight.id, tags: ['quote'] }, 'highlight/updated');
    const saved = await step<{ updatedAt: string }>(
      'notes/save',
      { articleId, note: { markdown: 'A note', basedOn: null } },
      'note/saved',
    );
    await step('tags/set', { articleId, tags: ['news'] }, 'article/updated');
    await step('tags/setColor', { name: 'news', color: 'red' }, 'tag/colored');
    await step('settings/update', { theme: 'dark' }, 'settings/updated');
    await step('articles/setProgress', { id: articleId, progress: 0.5 }, 'article/updated');
    const deleted = await step('highlights/delete', { articleId, id: highlight.id }, 'highlight/deleted');
    await step('highlights/restore', { highlight: deleted }, 'highlight/created');
    await step('articles/delete', { id: articleId }, 'article/deleted');
    await step('trash/restore', { ids: [articleId] }, 'article/restored');

    // Saves based on a revision that is no longer the stored one are refused, and nobody is told.
    const quiet = changes().length;
    const stale = await rpc('notes/save', { articleId, note: { markdown: 'stale', basedOn: null } });
    expect(stale).toMatchObject({ error: { code: 'conflict' } });
    const staleCard = await rpc('highlights/update', {
      articleId,
      id: highlight.id,
      note: { markdown: 'stale card', basedOn: '2020-01-01T00:00:00.000Z' },
    });
    expect(staleCard).toMatchObject({ error: { code: 'conflict' } });
    // What another window reads after the events: the notes as they were, nothing overwritten.
    const stored = await result<{ note: { markdown: string }; highlights: { note: { markdown: string } }[] }>(
      'notes/get',
      { articleId },
    );
    expect(stored.note).toMatchObject({ markdown: 'A note', updatedAt: saved.updatedAt });
    expect(stored.highlights.map((item) => item.note.markdown)).toEqual(['On the card']);
    // Based on the revision stored now, the saves go through.
    await step(
      'notes/save',
      { articleId, note: { markdown: 'Merged', basedOn: saved.updatedAt } },
      'note/saved',
    );
    await step(
      'highlights/update',
      { articleId, id: highlight.id, note: { markdown: 'Merged card', basedOn: card.note.updatedAt } },
      'highlight/updated',
    );
    expect(
      changes()
        .slice(quiet)
        .map((event) => event.payload.type),
    ).toEqual(['note/saved', 'highlight/updated']);
    // A new version says it set the article's text fields; a reading position does not.
    const beforeVersion = changes().length;
    const edited = Buffer.from('A headline\n\nSome other text of the article, edited.').toString('base64');
    await step('import/version', { articleId, name: 'a.txt', data: edited }, 'article/updated');
    const fieldsOf = (after: number) =>
      changes()
        .slice(after)
        .filter((event) => event.name === 'library/changed' && event.payload.type === 'article/updated')
        .map((event) => (event.name === 'library/changed' ? event.payload.fields : undefined));
    expect(fieldsOf(beforeVersion)).toEqual([expect.arrayContaining(['wordCount', 'format'])]);
    const beforeProgress = changes().length;
    await step('articles/setProgress', { id: articleId, progress: 0.7 }, 'article/updated');
    expect(fieldsOf(beforeProgress)).toEqual([['progress']]);
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
