// `npm start`: build, then open Gloss in Electron when its runtime is present (downloading it
// once if it can), otherwise in browser mode. `npm start -- --browser --port 0 --data-dir DIR`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from './build.mjs';
import { electronBinary } from './electron-runtime.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

function tryDownloadElectron() {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return;
  console.error('Fetching the Electron runtime (once)...');
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 180_000 });
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

await buildApp({ quiet: true });
const wantsBrowser = args.includes('--browser');
let binary = wantsBrowser ? null : electronBinary();
if (!wantsBrowser && !binary && !process.env.GLOSS_NO_DOWNLOAD) {
  tryDownloadElectron();
  binary = electronBinary();
}
if (binary) {
  // Launch the project folder, so Electron reads package.json (name, productName, main).
  run(binary, [root, ...args]);
} else {
  if (!wantsBrowser)
    console.error('The Electron runtime is not available here, so Gloss opens in browser mode.');
  run(process.execPath, [path.join(root, 'dist', 'electron', 'serve.js'), ...args]);
}
