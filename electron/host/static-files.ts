import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { SECURITY_HEADERS } from './security-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serve the built renderer: files really inside `root` only, `index.html` for `/`. */
export async function serveStatic(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const file = await resolveRealFile(root, request.url ?? '/');
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const cache = file.endsWith('.html') ? 'no-store' : 'public, max-age=31536000, immutable';
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': info.size,
    'Cache-Control': cache,
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

/** The file a URL path names inside `root`, or null when it would escape it or names a dotfile. */
export function resolveInside(root: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.split('/').some((part) => part.startsWith('.'))) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.slice(1);
  const file = path.resolve(root, relative);
  return file.startsWith(path.resolve(root) + path.sep) ? file : null;
}

/**
 * The real path of the file a URL path names inside `root`, or null when it would escape it:
 * by its path (resolveInside) or through a symlink that points out of the folder (a link in
 * the built renderer, planted or left by a tool, must not serve the rest of the disk). Links
 * that stay inside `root`, and a `root` that is itself reached through a link, are fine.
 * Electron's fs resolves paths inside app.asar too.
 */
export async function resolveRealFile(root: string, url: string): Promise<string | null> {
  const file = resolveInside(root, url);
  if (!file) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    return realFile.startsWith(realRoot + path.sep) ? realFile : null;
  } catch {
    return null; // missing, or a dangling link
  }
}
