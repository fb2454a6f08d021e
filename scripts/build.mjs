// Builds the app into dist/: the renderer with Vite, the Electron entries and the browser-mode
// host with esbuild. Every entry is self-contained (its npm packages bundled in), so the
// packaged app ships no node_modules: only 'electron' itself stays external.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { realpathSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');

// Bundled CommonJS packages may call require() for Node built-ins from inside ESM output.
const requireShim =
  "import { createRequire as __glossCreateRequire } from 'node:module'; const require = __glossCreateRequire(import.meta.url);";

export async function buildApp({ quiet = false } = {}) {
  await rm(path.join(root, 'dist'), { recursive: true, force: true });
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
      outdir: 'dist/electron',
      entryPoints: {
        main: 'electron/main.ts',
        serve: 'electron/serve.ts',
        // Loaded by worker threads; kept outside app.asar by electron-builder (asarUnpack).
        'detect-worker': 'electron/core/entities/detect-worker.ts',
        'import-worker': 'electron/core/import/import-worker.ts',
      },
    }),
    // A sandboxed preload must be a single CommonJS file that requires only 'electron'.
    esbuild({
      ...common,
      format: 'cjs',
      entryPoints: ['electron/preload.ts'],
      outfile: 'dist/electron/preload.cjs',
    }),
    viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' }),
  ]);
}

// Run directly (not imported by start.mjs). A URL comparison that works with spaces in the path,
// on Windows and through symlinks.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  await buildApp({ quiet: process.argv.includes('--quiet') });
}
