import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

// The dev server injects inline scripts (React refresh preamble, HMR client) that the strict
// CSP in index.html forbids; the built app is served with the same CSP and needs no exception.
const stripCspInDev: Plugin = {
  name: 'gloss-strip-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
};

export default defineConfig({
  root,
  // Electron loads the app from a custom protocol and browser mode from any port: relative URLs.
  base: './',
  plugins: [react(), stripCspInDev],
  build: {
    outDir,
    emptyOutDir: true,
    // The polyfill is an inline-free module, but no browser Gloss runs in needs it.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // `GLOSS_NO_MINIFY=1`: readable function names in a profile (bench/reader/profile-open.ts).
    minify: process.env.GLOSS_NO_MINIFY ? false : 'esbuild',
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `GLOSS_URL=http://127.0.0.1:PORT npx vite` forwards API calls to a running browser-mode host.
    proxy: process.env.GLOSS_URL ? { '/rpc': { target: process.env.GLOSS_URL, changeOrigin: true } } : {},
  },
});
