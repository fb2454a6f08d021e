import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MediaAnswer } from '../core/storage/media-file';
import { SECURITY_HEADERS } from './security-headers';

/**
 * Answer `GET /media/<articleId>/<file>` with a stored image: its type from the stored kind,
 * never sniffed (nosniff), private to this browser; 404 for anything `findMedia` does not name.
 */
export function serveMedia(
  request: IncomingMessage,
  response: ServerResponse,
  media: MediaAnswer | null | undefined,
): void {
  if (!media) {
    response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': media.contentType,
    'Content-Length': media.size,
    // Named by its content hash: the same name is always the same bytes.
    'Cache-Control': 'private, max-age=31536000, immutable',
  });
  if (request.method === 'HEAD') return void response.end();
  createReadStream(media.file)
    .on('error', () => response.destroy())
    .pipe(response);
}
