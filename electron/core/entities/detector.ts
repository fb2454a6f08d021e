/**
 * Detection off the calling thread, on a core worker (workers/): jobs answered in order,
 * progress passed back, a worker that died replaced at the next request. The model bytes are read here, in the calling thread, because in a
 * packaged app they sit inside app.asar, which a worker's plain fs cannot read.
 */
import type { Worker } from 'node:worker_threads';
import { createRespawningClient } from '../workers/respawning-client';
import { spawnWorker } from '../workers/spawn-worker';
import type { DetectRequest } from './detect-worker';
import type { Detection } from './group-entities';
import { readModelBytes } from './model-store';

export interface EntityDetector {
  detect(text: string, published: string | null, onProgress?: (fraction: number) => void): Promise<Detection>;
  close(): Promise<void>;
}

/** Read once: a worker that died is replaced from the same bytes. */
const spawnDetectWorker = (model: Uint8Array) => () =>
  spawnWorker('detect-worker', new URL('./detect-worker.ts', import.meta.url), { model });

export function createEntityDetector(
  spawn: () => Worker = spawnDetectWorker(readModelBytes()),
): EntityDetector {
  const client = createRespawningClient<DetectRequest, Detection>(spawn, 'entity detection');
  return {
    detect: (text, published, onProgress) => client.request({ text, published }, onProgress),
    close: () => client.close(),
  };
}
