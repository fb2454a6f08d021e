import type { ApiMethod, ApiParams, ApiResult } from './api';
import type { RpcResponse } from './errors';

/**
 * What the Electron preload exposes as `window.gloss`. Browser mode has no bridge: the
 * renderer speaks the same RPC over HTTP and uses the browser's own download and file input.
 */
export interface GlossBridge {
  /** Call the core. Resolves with the RPC envelope; never rejects for an API error. */
  invoke<M extends ApiMethod>(method: M, params: ApiParams<M>): Promise<RpcResponse<ApiResult<M>>>;
  /** Show the system save dialog and write `content` there. */
  saveFile(suggestedName: string, content: string): Promise<{ saved: boolean; path?: string }>;
}
