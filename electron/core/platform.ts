import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { MODEL_FILE } from './entities/model-store';
import { resourcesDir } from './resources';
import { spawnWorker } from './workers/spawn-worker';

/**
 * What the core needs from the program that runs it, passed in rather than found through
 * environment variables or knowledge of app.asar: the Electron shell, browser mode and tests
 * each give theirs (createLibrary's `platform`), and plain Node gets the defaults below.
 */
export interface Platform {
  /** The folder of the shipped resources: `seeds/`, `models/`. */
  resourcesDir: string;
  /** The entity model file's bytes, read in the calling thread (in a packaged app it sits in app.asar). */
  readModel: () => Uint8Array;
  /** Start a core worker thread (workers/spawn-worker.ts says how names and sources map to files). */
  spawnWorker: (name: string, source: URL, workerData?: unknown) => Worker;
  /** Save a file the user picked a place for; none in plain Node (for later: exports from the core). */
  saveFile?: (suggestedName: string, content: string) => Promise<{ saved: boolean; path?: string }>;
}

/** The platform of plain Node (sources or the dist/ bundle), with `overrides` applied. */
export function nodePlatform(overrides: Partial<Platform> = {}): Platform {
  const dir = overrides.resourcesDir ?? resourcesDir();
  return {
    resourcesDir: dir,
    readModel: () => readFileSync(path.join(dir, 'models', MODEL_FILE)),
    spawnWorker,
    ...overrides,
  };
}
