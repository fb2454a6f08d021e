import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * The search index is millions of small postings built at once: with V8's default young
 * generation, building it is mostly garbage collection (profiled: 3.5x slower at 3,000 articles
 * than with 64 MB semi-spaces, `npm run bench search`).
 */
const LIMITS: Record<string, ResourceLimits> = { 'search-worker': { maxYoungGenerationSizeMb: 192 } };

/**
 * Start a core worker. Bundled, every worker is `dist/electron/<name>.js`, a sibling of the
 * bundle that calls this; in a packaged app electron-builder keeps it beside app.asar
 * (asarUnpack), because a worker thread cannot load a script from inside the archive.
 * From sources (vitest, tsx) the worker is its .ts file, started through tsx's loader: Node 20
 * ignores `--import` in a worker's execArgv, so a two-line bootstrap registers tsx first.
 */
export function spawnWorker(name: string, source: URL, workerData?: unknown): Worker {
  const built = fileURLToPath(new URL(`./${name}.js`, import.meta.url));
  const resourceLimits = LIMITS[name] ?? {};
  if (existsSync(built)) return new Worker(unpacked(built), { workerData, resourceLimits });
  const tsxApi = pathToFileURL(
    path.join(
      path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
      'dist/esm/api/index.mjs',
    ),
  ).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
}

/** The path of an unpacked file of app.asar: Electron's fs reads both, a worker only the real one. */
export function unpacked(file: string): string {
  const archive = `${path.sep}app.asar${path.sep}`;
  return file.includes(archive) ? file.replace(archive, `${path.sep}app.asar.unpacked${path.sep}`) : file;
}
