import type { IncomingMessage } from 'node:http';
import { checkOrigin, sameSecret, unauthorized, type Refusal } from './request-guard';

/** The media cookie's name: one per port, as cookies are shared by every port of 127.0.0.1. */
const cookieName = (port: number) => `gloss-media-${port}`;

function cookieValue(request: IncomingMessage, port: number): string | null {
  const name = cookieName(port);
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

function queryToken(request: IncomingMessage): string | null {
  return new URL(request.url ?? '/', 'http://localhost').searchParams.get('token');
}

/**
 * A `GET /media/…` request is the app's: the same Host and Origin checks as `/rpc`, and this
 * launch's token, from the media cookie the page got (an <img> cannot send a header) or a
 * `?token=` query.
 */
export function checkMediaRequest(request: IncomingMessage, port: number, token: string): Refusal | null {
  const refusal = checkOrigin(request, port);
  if (refusal) return refusal;
  const given = cookieValue(request, port) ?? queryToken(request);
  return given && sameSecret(given, token) ? null : unauthorized();
}

/**
 * The `Set-Cookie` for a page opened with this launch's token (`/?token=…`), or null: HttpOnly
 * (scripts never read it), SameSite=Strict (other sites' pages never send it), for `/media/`
 * only, gone when the browser closes.
 */
export function pageCookie(request: IncomingMessage, port: number, token: string): string | null {
  if (checkOrigin(request, port)) return null;
  const given = queryToken(request);
  if (!given || !sameSecret(given, token)) return null;
  return `${cookieName(port)}=${token}; Path=/media/; HttpOnly; SameSite=Strict`;
}
