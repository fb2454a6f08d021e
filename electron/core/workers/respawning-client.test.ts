import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { createRespawningClient } from './respawning-client';

/** A worker that dies at its first request, then one that echoes every request back. */
const WORKERS = [
  "require('node:worker_threads').parentPort.on('message', () => process.exit(3));",
  `const { parentPort } = require('node:worker_threads');
   parentPort.on('message', ({ id, request }) => parentPort.postMessage({ kind: 'done', id, result: request }));`,
];

describe('a worker client whose worker died', () => {
  const spawned: string[] = [];
  const client = createRespawningClient<string, string>(() => {
    const source = WORKERS[spawned.length] ?? WORKERS[1]!;
    spawned.push(source);
    return new Worker(source, { eval: true });
  }, 'test');
  afterAll(() => client.close());

  it('starts no worker until the first request', () => {
    expect(spawned).toHaveLength(0);
  });

  it('fails the request it was running, then starts a new worker for the next ones', async () => {
    await expect(client.request('first')).rejects.toThrow(/test worker stopped \(exit code 3\)/);
    await expect(client.request('second')).resolves.toBe('second');
    await expect(client.request('third')).resolves.toBe('third');
    expect(spawned).toHaveLength(2);
  });

  it('refuses requests once closed', async () => {
    await client.close();
    await expect(client.request('late')).rejects.toThrow(/closed/);
  });
});
