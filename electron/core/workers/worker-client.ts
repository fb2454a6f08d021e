import type { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../contract/errors';
import { GlossError } from '../errors';
import type { WorkerReplyMessage, WorkerRequestMessage } from './protocol';

export interface WorkerClient<Request, Result> {
  /** False once the worker has failed, stopped or been closed: every request will fail. */
  readonly alive: boolean;
  request(request: Request, onProgress?: (fraction: number) => void): Promise<Result>;
  close(): Promise<void>;
}

interface Pending<Result> {
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
  onProgress?: (fraction: number) => void;
}

/**
 * The calling side of a core worker: requests answered in order, progress passed back, a
 * GlossError thrown in the worker rethrown here as one. If the worker dies, every pending and
 * later request fails with the reason.
 */
export function createWorkerClient<Request, Result>(
  worker: Worker,
  what: string,
): WorkerClient<Request, Result> {
  const pending = new Map<number, Pending<Result>>();
  let nextId = 1;
  let closed = false;
  let failure: Error | null = null;
  const failAll = (error: Error) => {
    failure = error;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: WorkerReplyMessage<Result>) => {
    const job = pending.get(reply.id);
    if (!job) return;
    if (reply.kind === 'progress') return job.onProgress?.(reply.fraction);
    pending.delete(reply.id);
    if (reply.kind === 'done') job.resolve(reply.result);
    else
      job.reject(
        reply.code ? new GlossError(reply.code as ErrorCode, reply.message) : new Error(reply.message),
      );
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => {
    if (!closed) failAll(new Error(`The ${what} worker stopped (exit code ${code}).`));
  });
  return {
    get alive() {
      return !closed && !failure;
    },
    request(request, onProgress) {
      if (closed) return Promise.reject(new Error(`The ${what} worker is closed.`));
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise<Result>((resolve, reject) => {
        pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
        const message: WorkerRequestMessage<Request> = { id, request, progress: Boolean(onProgress) };
        worker.postMessage(message);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      failAll(new Error(`The ${what} worker was closed.`));
      await worker.terminate();
    },
  };
}
