import { GlossError } from '../errors';

/** What a failed fetch tells the user: which site, what happened, in plain words. */

const STATUS_MEANING: Record<number, string> = {
  400: 'refused the request as malformed (400)',
  403: 'refused to give Gloss the page (403 Forbidden): it may need you to sign in, or it blocks apps',
  404: 'has no page at this address (404 Not Found)',
  410: 'has removed this page (410 Gone)',
  429: 'is limiting requests (429 Too Many Requests): try again later',
  451: 'does not show this page in your region (451)',
  500: 'had an internal error (500)',
  502: 'could not reach its own server (502 Bad Gateway)',
  503: 'is unavailable right now (503): try again later',
  504: 'timed out behind its gateway (504)',
};

/** A site that wants the reader signed in first (a 401, a redirect to its sign-in page, a password form). */
export function loginRequired(host: string): GlossError {
  return new GlossError(
    'login-required',
    `${host} asks you to sign in before it shows this page, so Gloss can't fetch it. Open it in your browser, save the page (Ctrl+S) and import the saved file.`,
  );
}

/** An HTTP error status, explained. */
export function describeStatus(status: number, url: URL): string {
  const meaning = STATUS_MEANING[status] ?? `answered with an error (HTTP ${status})`;
  return `${url.host} ${meaning}.`;
}

/** Node's fetch hides the reason in `cause.code` (or, for a refused port, `cause.message`). */
function causeOf(error: unknown): { code: string; message: string } {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  return {
    code: typeof cause?.code === 'string' ? cause.code : '',
    message: typeof cause?.message === 'string' ? cause.message : '',
  };
}

/** A connection that failed, explained: no such host, refused, timed out, certificate... */
export function describeNetworkError(error: unknown, url: URL, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `${url.host} did not answer within ${Math.round(timeoutMs / 1000)} seconds.`;
  const { code, message } = causeOf(error);
  if (message === 'bad port')
    return `Gloss doesn't fetch from port ${url.port}: it belongs to other services (mail, file sharing...), and browsers refuse it too.`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `Gloss can't find ${url.hostname}: check the address, or whether you are online.`;
  if (code === 'ECONNREFUSED') return `${url.host} refused the connection: nothing answers at that address.`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
    return `${url.host} closed the connection before sending the page.`;
  if (code.startsWith('UND_ERR_') && code.includes('TIMEOUT')) return `${url.host} did not answer in time.`;
  if (/CERT|SSL|TLS/.test(code))
    return `${url.host}'s secure connection can't be trusted (${code}), so Gloss did not fetch the page.`;
  return `Gloss can't reach ${url.host}${code ? ` (${code})` : ''}.`;
}

// Where sites send a reader who must sign in first.
const LOGIN_PATH =
  /(^|[/_.-])(log-?in|sign-?in|sign_in|signon|sso|auth|authenticate|oauth2?|session\/new)([/_.?-]|$)/i;

/** Whether an address is a sign-in page (by its path, or a login.* / auth.* / sso.* host). */
export function isLoginUrl(url: URL): boolean {
  return LOGIN_PATH.test(url.pathname) || /^(login|auth|sso|signin|accounts?)\./i.test(url.hostname);
}
