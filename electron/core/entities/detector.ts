/**
 * Detection off the calling thread: one worker_threads Worker per detector, jobs answered in
 * order, progress passed back. The model bytes are read here, in the calling thread, because in
 * a packaged app they may sit inside app.asar, which a worker's plain fs cannot read.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Detection } from './group-entities';
import { readModelBytes } from './model-store';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export interface EntityDetector {
  detect(text: string, published: string | null, onProgress?: (fraction: number) => void): Promise<Detection>;
  close(): Promise<void>;
}

interface Job {
  resolve: (d: Detection) => void;
  reject: (e: Error) => void;
  onProgress?: (fraction: number) => void;
}

/**
 * Bundled: dist/electron/detect-worker.js sits beside this code. From sources (vitest, tsx) the
 * worker is the .ts file; Node 20 ignores `--import` in a worker's execArgv, so a two-line
 * bootstrap registers tsx's loader in the worker and then imports it.
 */
function spawn(model: Uint8Array): Worker {
  const built = new URL('./detect-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return new Worker(built, { workerData: { model } });
  const tsxApi = pathToFileURL(
    path.join(
      path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
      'dist/esm/api/index.mjs',
    ),
  ).href;
  const entry = new URL('./detect-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: { model } });
}

export function createEntityDetector(): EntityDetector {
  const jobs = new Map<number, Job>();
  let nextId = 1;
  let closed = false;
  let failure: Error | null = null;
  const worker = spawn(readModelBytes());
  const failAll = (error: Error) => {
    failure = error;
    for (const job of jobs.values()) job.reject(error);
    jobs.clear();
  };
  worker.on('message', (reply: WorkerReply) => {
    const job = jobs.get(reply.id);
    if (!job) return;
    if (reply.kind === 'progress') job.onProgress?.(reply.fraction);
    else {
      jobs.delete(reply.id);
      if (reply.kind === 'done') job.resolve(reply.detection);
      else job.reject(new Error(reply.message));
    }
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => {
    if (!closed) failAll(new Error(`The entity detection worker stopped (exit code ${code}).`));
  });
  return {
    detect(text, published, onProgress) {
      if (closed) return Promise.reject(new Error('The entity detector is closed.'));
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise<Detection>((resolve, reject) => {
        jobs.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
        const request: WorkerRequest = { id, text, published, progress: Boolean(onProgress) };
        worker.postMessage(request);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      failAll(new Error('The entity detector was closed.'));
      await worker.terminate();
    },
  };
}
