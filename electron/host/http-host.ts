import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiError, ErrorCode, RpcResponse } from '../contract/errors';
import type { ServerEvent } from '../contract/server-events';
import { MAX_ARTICLE_IMAGE_BYTES } from '../core/images/image-limits';
import { MAX_IMPORT_BYTES } from '../core/import/types';
import type { Dispatch } from '../core/rpc/dispatch';
import type { MediaAnswer } from '../core/storage/media-file';
import { checkMediaRequest, pageCookie } from './media-access';
import { serveMedia } from './media-route';
import { checkRequest } from './request-guard';
import { SECURITY_HEADERS } from './security-headers';
import { serveStatic } from './static-files';

/**
 * Largest `POST /rpc` body: the largest file Gloss imports with the images imported alongside
 * it (50 MB per article), in base64, and the call around it.
 */
export const MAX_BODY_BYTES = Math.ceil(((MAX_IMPORT_BYTES + MAX_ARTICLE_IMAGE_BYTES) * 4) / 3) + 1024 * 1024;

const STATUS: Partial<Record<ErrorCode, number>> = {
  'unknown-method': 404,
  'invalid-params': 400,
  'not-found': 404,
  'too-large': 413,
  'payload-too-large': 413,
  'empty-file': 422,
  'unsupported-file': 422,
  unreachable: 502,
  'fetch-failed': 502,
  'login-required': 422,
  'newer-schema': 409,
  locked: 409,
  conflict: 409,
  'storage-error': 500,
  internal: 500,
};

export interface HttpHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Browser mode's transport: the built renderer and `POST /rpc`, on 127.0.0.1 only. It carries
 * calls to `dispatch` unchanged and holds no logic of its own.
 */
export async function startHttpHost(options: {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  /** The stored image a `/media/<articleId>/<file>` path names (images/media-file.ts); without it, none. */
  media?: (pathname: string) => Promise<MediaAnswer | null>;
  /** The core's events, streamed on `GET /events` (Server-Sent Events); without it, none. */
  subscribe?: (listener: (event: ServerEvent) => void) => () => void;
}): Promise<HttpHost> {
  const token = randomBytes(24).toString('hex');
  let port = 0;
  const server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 500, { error: internal() }));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    if (pathname === '/rpc') {
      if (request.method !== 'POST') return send(response, 405, { error: invalid('Use POST for /rpc.') });
      const refusal = checkRequest(request, port, token);
      if (refusal) return send(response, refusal.status, { error: refusal.error });
      if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
        return send(response, 415, { error: invalid('Send the request as application/json.') });
      }
      const body = await readBody(request);
      if (body === null) {
        return send(response, 413, {
          error: {
            code: 'payload-too-large',
            message: `The request is larger than Gloss accepts (${Math.round(MAX_BODY_BYTES / (1024 * 1024))} MB).`,
          },
        });
      }
      const call = parse(body);
      if (!call)
        return send(response, 400, {
          error: invalid('The body must be JSON like {"method": "...", "params": {...}}.'),
        });
      const answer = await options.dispatch(call.method, call.params, { origin: windowOf(request) });
      return send(response, 'error' in answer ? (STATUS[answer.error.code] ?? 400) : 200, answer);
    }
    if (pathname === '/events') {
      if (request.method !== 'GET') return send(response, 405, { error: invalid('Use GET for /events.') });
      const refusal = checkRequest(request, port, token);
      if (refusal) return send(response, refusal.status, { error: refusal.error });
      return streamEvents(request, response, options.subscribe);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, { error: invalid('Only GET is allowed here.') });
    }
    if (pathname.startsWith('/media/')) {
      const refusal = checkMediaRequest(request, port, token);
      if (refusal) return send(response, refusal.status, { error: refusal.error });
      return serveMedia(request, response, await options.media?.(pathname));
    }
    // The page opened with the right token may load the library's images (an <img> sends no
    // Authorization header): a cookie for this port's media only, never readable by scripts.
    const cookie = pageCookie(request, port, token);
    if (cookie) response.setHeader('Set-Cookie', cookie);
    return serveStatic(options.rendererDir, request, response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () => closeServer(server),
  };
}

/** The calling window's id (`X-Gloss-Window`), told back in the events its call causes. */
function windowOf(request: IncomingMessage): string | undefined {
  const id = request.headers['x-gloss-window'];
  return typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : undefined;
}

/** How often an idle event stream says it is alive (proxies and browsers drop silent ones). */
const KEEP_ALIVE_MS = 25_000;

/** `GET /events`: each core event as one Server-Sent Event whose data is `{"name", "payload"}`. */
function streamEvents(
  request: IncomingMessage,
  response: ServerResponse,
  subscribe: ((listener: (event: ServerEvent) => void) => () => void) | undefined,
): void {
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  // The retry hint, and a first write so the client knows the stream is open.
  response.write('retry: 1000\n: connected\n\n');
  const unsubscribe =
    subscribe?.((event) => {
      response.write(`data: ${JSON.stringify(event)}\n\n`);
    }) ?? (() => undefined);
  const keepAlive = setInterval(() => response.write(': alive\n\n'), KEEP_ALIVE_MS);
  keepAlive.unref();
  const stop = () => {
    clearInterval(keepAlive);
    unsubscribe();
  };
  request.on('close', stop);
  response.on('error', stop);
}

/** The body as text, or null when it is larger than MAX_BODY_BYTES (the rest is drained unread). */
function readBody(request: IncomingMessage): Promise<string | null> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    request.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parse(body: string): { method: unknown; params: unknown } | null {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const { method, params } = value as Record<string, unknown>;
    return { method, params };
  } catch {
    return null;
  }
}

function send(response: ServerResponse, status: number, body: RpcResponse): void {
  if (response.headersSent) return void response.end();
  const json = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(json),
  });
  response.end(json);
}

const invalid = (message: string): ApiError => ({ code: 'invalid-params', message });
const internal = (): ApiError => ({ code: 'internal', message: 'Something went wrong inside Gloss.' });

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
