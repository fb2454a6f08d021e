import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import type { MediaAnswer } from '../core/storage/media-file';
import { SECURITY_HEADERS } from '../host/security-headers';
import { resolveRealFile } from '../host/static-files';

/** The renderer is served from `gloss://app/`, never from file:// (which would open the whole disk). */
export const APP_SCHEME = 'gloss';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Answer `gloss://app/<path>` with files of the built renderer, with the app's CSP, and
 * `gloss://app/media/<articleId>/<file>` with the images kept in the library (`findMedia`:
 * validated names, no symlinks; the type from the stored kind).
 */
export function serveRenderer(
  protocol: Protocol,
  rendererDir: string,
  media: (pathname: string) => Promise<MediaAnswer | null>,
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host === 'app' && url.pathname.startsWith('/media/')) {
      const found = await media(url.pathname);
      const bytes = found ? await readFile(found.file).catch(() => null) : null;
      if (!found || !bytes) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
      return new Response(bytes, { headers: { ...SECURITY_HEADERS, 'Content-Type': found.contentType } });
    }
    const file = url.host === 'app' ? await resolveRealFile(rendererDir, url.pathname) : null;
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    return new Response(body, {
      headers: {
        ...SECURITY_HEADERS,
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      },
    });
  });
}
