import type { ApiMethod, ApiParams, ApiResult } from '../../../electron/contract/api';
import type { RpcResponse } from '../../../electron/contract/errors';
import type { GlossBridge } from '../../../electron/contract/bridge';
import { GlossApiError, toGlossApiError } from './api-error';
import { readToken } from './token';

declare global {
  interface Window {
    gloss?: GlossBridge;
  }
}

let token: string | null | undefined;

/**
 * This window's (tab's) own id, sent with every call: the core tells it back in the events the
 * call causes, so a window can tell its own changes from another window's.
 */
export const WINDOW_ID = crypto.randomUUID();

/** Browser mode's Authorization header value, for /rpc and /events. */
export function authorization(): string {
  token ??= readToken();
  return `Bearer ${token ?? ''}`;
}

async function overHttp(method: ApiMethod, params: unknown): Promise<RpcResponse> {
  const body = JSON.stringify({ method, params });
  let response: Response;
  try {
    response = await fetch('/rpc', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: authorization(),
        'X-Gloss-Window': WINDOW_ID,
      },
      body,
      // Lets a note saved while the tab closes still arrive; browsers cap keepalive bodies at 64 KiB.
      keepalive: body.length < 60_000,
    });
  } catch {
    throw new GlossApiError('internal', 'Gloss is not answering. Check that it is still running.');
  }
  try {
    return (await response.json()) as RpcResponse;
  } catch {
    throw new GlossApiError('internal', `Gloss answered with an unreadable response (${response.status}).`);
  }
}

/**
 * Call the core. Resolves with the method's result; rejects with a GlossApiError whose message
 * is fit to show. Uses the Electron bridge when present, else browser mode's `POST /rpc`.
 */
export async function call<M extends ApiMethod>(method: M, params: ApiParams<M>): Promise<ApiResult<M>> {
  const envelope = window.gloss
    ? await window.gloss.invoke(method, params, WINDOW_ID)
    : await overHttp(method, params);
  if (envelope && typeof envelope === 'object' && 'result' in envelope)
    return envelope.result as ApiResult<M>;
  if (envelope && typeof envelope === 'object' && 'error' in envelope) throw toGlossApiError(envelope.error);
  throw toGlossApiError(null);
}

/** Read the token early, so it leaves the address bar before anything else renders. */
export function initTransport(): void {
  if (!window.gloss) token = readToken();
}

export const isElectron = (): boolean => window.gloss !== undefined;
