// Builds the app into dist/: the renderer with Vite, the Electron entries and the browser-mode
// host with esbuild, written aside and swapped in whole (build-aside.mjs), so a Gloss running
// from the previous dist/ keeps its files until the new ones are complete. Every entry is self-contained (its npm packages bundled in), so the
// packaged app ships no node_modules: only 'electron' itself stays external.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildAside } from './build-aside.mjs';

const root = path.resolve(import.meta.dirname, '..');

// Bundled CommonJS packages may call require() for Node built-ins from inside ESM output.
const requireShim =
  "import { createRequire as __glossCreateRequire } from 'node:module'; const require = __glossCreateRequire(import.meta.url);";

export async function buildApp({ quiet = false } = {}) {
  await buildAside(path.join(root, 'dist'), (out) => buildInto(out, quiet));
}

async function buildInto(out, quiet) {
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    external: ['electron'],
    logLevel: 'warning',
  };
  await Promise.all([
    esbuild({
      ...common,
      format: 'esm',
      banner: { js: requireShim },
      outdir: path.join(out, 'electron'),
      entryPoints: {
        main: 'electron/main.ts',
        serve: 'electron/serve.ts',
        // Loaded by worker threads; kept outside app.asar by electron-builder (asarUnpack).
        'detect-worker': 'electron/core/entities/detect-worker.ts',
        'import-worker': 'electron/core/import/import-worker.ts',
        'search-worker': 'electron/core/search/search-worker.ts',
      },
    }),
    // A sandboxed preload must be a single CommonJS file that requires only 'electron'.
    esbuild({
      ...common,
      format: 'cjs',
      entryPoints: ['electron/preload.ts'],
      outfile: path.join(out, 'electron', 'preload.cjs'),
    }),
    viteBuild({
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: quiet ? 'warn' : 'info',
      build: { outDir: path.join(out, 'renderer') },
    }),
  ]);
}

// Run directly (not imported by start.mjs). A URL comparison that works with spaces in the path,
// on Windows and through symlinks.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  await buildApp({ quiet: process.argv.includes('--quiet') });
}
