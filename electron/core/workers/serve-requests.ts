import { parentPort } from 'node:worker_threads';
import { GlossError } from '../errors';
import type { WorkerReplyMessage, WorkerRequestMessage } from './protocol';

/** The worker side: answer each request with `handle` (sync or async), passing progress back when asked. */
export function serveRequests<Request, Result>(
  handle: (
    request: Request,
    onProgress: ((fraction: number) => void) | undefined,
  ) => Result | Promise<Result>,
): void {
  const port = parentPort;
  if (!port) throw new Error('A core worker must run as a worker thread.');
  port.on('message', ({ id, request, progress }: WorkerRequestMessage<Request>) => {
    const send = (reply: WorkerReplyMessage<Result>) => port.postMessage(reply);
    const onProgress = progress ? (fraction: number) => send({ kind: 'progress', id, fraction }) : undefined;
    const fail = (error: unknown) =>
      send({
        kind: 'error',
        id,
        message: error instanceof Error ? error.message : String(error),
        ...(error instanceof GlossError ? { code: error.code } : {}),
      });
    try {
      const result = handle(request, onProgress);
      if (result instanceof Promise) result.then((value) => send({ kind: 'done', id, result: value }), fail);
      else send({ kind: 'done', id, result });
    } catch (error) {
      fail(error);
    }
  });
}
