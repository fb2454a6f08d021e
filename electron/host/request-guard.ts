import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ApiError } from '../contract/errors';

export interface Refusal {
  status: number;
  error: ApiError;
}

/**
 * Checks that a request to `POST /rpc` comes from Gloss's own page: the Host is the loopback
 * address we serve on (against DNS rebinding), any Origin is ours too (against other sites in
 * the same browser), and it carries this launch's token.
 */
export function checkRequest(request: IncomingMessage, port: number, token: string): Refusal | null {
  const refusal = checkOrigin(request, port);
  if (refusal) return refusal;
  const match = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '');
  return match?.[1] && sameSecret(match[1], token) ? null : unauthorized();
}

/** The Host and any Origin are Gloss's own loopback address (against DNS rebinding and other sites). */
export function checkOrigin(request: IncomingMessage, port: number): Refusal | null {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(request.headers.host ?? '')) {
    return forbidden(`Gloss only answers requests addressed to 127.0.0.1:${port}.`);
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
    return forbidden('Gloss does not answer requests from other sites.');
  }
  return null;
}

export function unauthorized(): Refusal {
  return {
    status: 401,
    error: {
      code: 'unauthorized',
      message: 'Missing or wrong token. Open Gloss with the address it printed at start-up.',
    },
  };
}

function forbidden(message: string): Refusal {
  return { status: 403, error: { code: 'forbidden', message } };
}

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
