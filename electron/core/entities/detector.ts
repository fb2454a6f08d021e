/**
 * Detection off the calling thread, on a core worker (workers/): jobs answered in order,
 * progress passed back. The model bytes are read here, in the calling thread, because in a
 * packaged app they sit inside app.asar, which a worker's plain fs cannot read.
 */
import { spawnWorker } from '../workers/spawn-worker';
import { createWorkerClient } from '../workers/worker-client';
import type { DetectRequest } from './detect-worker';
import type { Detection } from './group-entities';
import { readModelBytes } from './model-store';

export interface EntityDetector {
  detect(text: string, published: string | null, onProgress?: (fraction: number) => void): Promise<Detection>;
  close(): Promise<void>;
}

export function createEntityDetector(): EntityDetector {
  const worker = spawnWorker('detect-worker', new URL('./detect-worker.ts', import.meta.url), {
    model: readModelBytes(),
  });
  const client = createWorkerClient<DetectRequest, Detection>(worker, 'entity detection');
  return {
    detect: (text, published, onProgress) => client.request({ text, published }, onProgress),
    close: () => client.close(),
  };
}
