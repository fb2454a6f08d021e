import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RpcResponse } from '../contract/errors';
import { startHttpHost, type HttpHost, MAX_BODY_BYTES } from './http-host';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests control every header (fetch would fix Host and Origin). */
function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'POST',
        path: options.path ?? '/rpc',
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser-mode HTTP host', () => {
  let host: HttpHost;
  let rendererDir: string;
  const calls: unknown[][] = [];

  beforeAll(async () => {
    rendererDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-host-'));
    await mkdir(path.join(rendererDir, 'assets'));
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Gloss</title>');
    await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(rendererDir, '..', 'secret.txt'), 'do not serve');
    // Links out of the folder (to a file, to a folder) and one that stays inside it.
    await symlink(path.join(rendererDir, '..', 'secret.txt'), path.join(rendererDir, 'assets', 'leak.txt'));
    await symlink(path.join(rendererDir, '..'), path.join(rendererDir, 'outside'));
    await symlink(path.join(rendererDir, 'assets', 'app.js'), path.join(rendererDir, 'assets', 'alias.js'));
    host = await startHttpHost({
      rendererDir,
      dispatch: (method, params): Promise<RpcResponse> => {
        calls.push([method, params]);
        return Promise.resolve(
          method === 'articles/list'
            ? { result: [] }
            : { error: { code: 'unknown-method', message: 'Gloss has no method "x".' } },
        );
      },
    });
  });
  afterAll(async () => {
    await host.close();
    await rm(rendererDir, { recursive: true, force: true });
  });

  const good = () => ({
    Host: `127.0.0.1:${host.port}`,
    Authorization: `Bearer ${host.token}`,
    'Content-Type': 'application/json',
  });
  const list = JSON.stringify({ method: 'articles/list', params: {} });

  it('listens on the loopback address only and prints a URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('answers a good call with the dispatcher result', async () => {
    const reply = await send(host.port, { headers: good(), body: list });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ result: [] });
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it.each([
    ['no token', { Authorization: '' }, 401, 'unauthorized'],
    ['a wrong token', { Authorization: 'Bearer 0123' }, 401, 'unauthorized'],
    ['a token in another scheme', { Authorization: 'Basic abc' }, 401, 'unauthorized'],
    ['a foreign Host (DNS rebinding)', { Host: 'evil.example:80' }, 403, 'forbidden'],
    ['a foreign Origin', { Origin: 'https://evil.example' }, 403, 'forbidden'],
    ['an Origin on another port', { Origin: 'http://127.0.0.1:1' }, 403, 'forbidden'],
    ['a form post content type', { 'Content-Type': 'text/plain' }, 415, 'invalid-params'],
  ])('refuses a call with %s', async (_name, headers: Record<string, string>, status, code) => {
    calls.length = 0;
    const reply = await send(host.port, { headers: { ...good(), ...headers }, body: list });
    expect(reply.status).toBe(status);
    expect(JSON.parse(reply.body)).toMatchObject({ error: { code } });
    expect(calls).toHaveLength(0);
  });

  it('accepts its own Origin', async () => {
    const reply = await send(host.port, {
      headers: { ...good(), Origin: `http://127.0.0.1:${host.port}` },
      body: list,
    });
    expect(reply.status).toBe(200);
  });

  it('refuses a body over the limit with 413 without reading it all', async () => {
    const reply = await send(host.port, { headers: good(), body: Buffer.alloc(MAX_BODY_BYTES + 10, 32) });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ error: { code: 'payload-too-large' } });
  });

  it.each([
    ['not JSON', '{"method":'],
    ['an array', '[1,2]'],
    ['a string', '"articles/list"'],
  ])('answers 400 to a body that is %s', async (_name, body) => {
    const reply = await send(host.port, { headers: good(), body });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ error: { code: 'invalid-params' } });
  });

  it('maps API errors to HTTP statuses', async () => {
    const reply = await send(host.port, {
      headers: good(),
      body: JSON.stringify({ method: 'x', params: {} }),
    });
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body)).toEqual({
      error: { code: 'unknown-method', message: 'Gloss has no method "x".' },
    });
  });

  it.each([
    ['/', 200, '<title>Gloss</title>'],
    ['/?token=abc', 200, '<title>Gloss</title>'],
    ['/assets/app.js', 200, 'console.log(1)'],
    ['/../secret.txt', 404, 'Not found'],
    ['/%2e%2e/secret.txt', 404, 'Not found'],
    ['/assets/%2e%2e%2f..%2fsecret.txt', 404, 'Not found'],
    ['/.env', 404, 'Not found'],
    ['/missing.js', 404, 'Not found'],
    ['/assets/leak.txt', 404, 'Not found'],
    ['/outside/secret.txt', 404, 'Not found'],
    ['/assets/alias.js', 200, 'console.log(1)'],
  ])('serves GET %s with %i', async (urlPath, status, text) => {
    const reply = await send(host.port, {
      method: 'GET',
      path: urlPath,
      headers: { Host: `127.0.0.1:${host.port}` },
    });
    expect(reply.status).toBe(status);
    expect(reply.body).toContain(text);
  });

  it('refuses methods other than GET for pages and POST for /rpc', async () => {
    expect((await send(host.port, { method: 'PUT', path: '/', headers: good() })).status).toBe(405);
    expect((await send(host.port, { method: 'GET', path: '/rpc', headers: good() })).status).toBe(405);
  });
});
