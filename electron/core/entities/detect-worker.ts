/** Worker entry: loads the model from the bytes it was given and answers detection requests. */
import { parentPort, workerData } from 'node:worker_threads';
import { detect } from './detect';
import { useModelBytes } from './model-store';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('detect-worker.ts must run as a worker thread.');
useModelBytes((workerData as { model: Uint8Array }).model);

port.on('message', (request: WorkerRequest) => {
  const send = (reply: WorkerReply) => port.postMessage(reply);
  try {
    const onProgress = request.progress
      ? (fraction: number) => send({ kind: 'progress', id: request.id, fraction })
      : undefined;
    const detection = detect(request.text, {
      published: request.published,
      ...(onProgress ? { onProgress } : {}),
    });
    send({ kind: 'done', id: request.id, detection });
  } catch (error) {
    send({ kind: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
});
