import type { Worker } from 'node:worker_threads';
import { createWorkerClient, type WorkerClient } from './worker-client';

/**
 * A worker client that starts its worker at the first request, and starts a new one when the
 * last died (out of memory on some input, say): the request it was running fails, the next
 * one is answered, instead of every later request failing until Gloss restarts.
 */
export function createRespawningClient<Request, Result>(
  spawn: () => Worker,
  what: string,
): Omit<WorkerClient<Request, Result>, 'alive'> & { restart(): Promise<void> } {
  let client: WorkerClient<Request, Result> | null = null;
  let closed = false;
  return {
    request(request, onProgress) {
      if (closed) return Promise.reject(new Error(`The ${what} worker is closed.`));
      if (!client?.alive) client = createWorkerClient<Request, Result>(spawn(), what);
      return client.request(request, onProgress);
    },
    async close() {
      closed = true;
      await client?.close();
    },
    /** Stop the current worker (one stuck on an input, say); the next request starts a new one. */
    async restart() {
      const current = client;
      client = null;
      await current?.close();
    },
  };
}
