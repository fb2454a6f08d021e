import type { ApiMethod, ApiParams, ApiResult } from './api';
import type { RpcResponse } from './errors';
import type { FolderExportReport } from './model';
import type { ServerEvent } from './server-events';

/**
 * What the Electron preload exposes as `window.gloss`. Browser mode has no bridge: the
 * renderer speaks the same RPC over HTTP and uses the browser's own download and file input.
 */
export interface GlossBridge {
  /** Call the core. Resolves with the RPC envelope; never rejects for an API error. */
  invoke<M extends ApiMethod>(
    method: M,
    params: ApiParams<M>,
    /** This window's id, told back in the events the call causes (ChangeNotice.origin). */
    origin?: string,
  ): Promise<RpcResponse<ApiResult<M>>>;
  /** Hear the core's events (server-events.ts); returns the unsubscribe. */
  onEvent(listener: (event: ServerEvent) => void): () => void;
  /** Show the system save dialog and write `content` there. */
  saveFile(suggestedName: string, content: string): Promise<{ saved: boolean; path?: string }>;
  /**
   * Ask for a folder (the system folder dialog) and export the library, or `articleIds`, into it
   * as Markdown. Resolves `{exported: false}` when the user cancelled the dialog.
   */
  exportFolder(options: {
    entityNotes: boolean;
    articleIds?: string[];
  }): Promise<{ exported: false } | { exported: true; path: string; report: FolderExportReport }>;
}
