/** Worker entry: loads the model from the bytes it was given and answers detection requests. */
import { workerData } from 'node:worker_threads';
import { serveRequests } from '../workers/serve-requests';
import { detect } from './detect';
import type { Detection } from './group-entities';
import { useModelBytes } from './model-store';

export interface DetectRequest {
  text: string;
  published: string | null;
}

useModelBytes((workerData as { model: Uint8Array }).model);

serveRequests<DetectRequest, Detection>(({ text, published }, onProgress) =>
  detect(text, { published, ...(onProgress ? { onProgress } : {}) }),
);
