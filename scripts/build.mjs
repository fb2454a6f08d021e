// Builds the app into dist/: the renderer with Vite, the Electron entries and the browser-mode
// host with esbuild. npm packages stay external (electron-builder ships `dependencies`).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rm } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const quiet = process.argv.includes('--quiet');

export async function buildApp() {
  await rm(path.join(root, 'dist'), { recursive: true, force: true });
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    packages: 'external',
    logLevel: 'warning',
  };
  await Promise.all([
    esbuild({
      ...common,
      format: 'esm',
      outdir: 'dist/electron',
      entryPoints: {
        main: 'electron/main.ts',
        serve: 'electron/serve.ts',
      },
    }),
    // The worker is self-contained (no node_modules lookups) so it runs unpacked from app.asar.
    esbuild({
      ...common,
      packages: undefined,
      format: 'esm',
      entryPoints: { 'detect-worker': 'electron/core/entities/detect-worker.ts' },
      outdir: 'dist/electron',
    }),
    // A sandboxed preload must be a single CommonJS file that requires only 'electron'.
    esbuild({
      ...common,
      packages: undefined,
      external: ['electron'],
      format: 'cjs',
      entryPoints: ['electron/preload.ts'],
      outfile: 'dist/electron/preload.cjs',
    }),
    viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' }),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildApp();
}
