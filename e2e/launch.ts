import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export { electronBinary } from '../scripts/electron-runtime.mjs';

export const root = path.resolve(import.meta.dirname, '..');

export interface BrowserModeServer {
  url: string;
  token: string;
  stop(): Promise<void>;
}

/** Start `dist/electron/serve.js` on a data dir and wait for its "Gloss is running at" line. */
export function startServer(dataDir: string): Promise<BrowserModeServer> {
  const serve = path.join(root, 'dist', 'electron', 'serve.js');
  if (!existsSync(serve))
    throw new Error('dist/electron/serve.js is missing: run `node scripts/build.mjs` first.');
  const child = spawn(process.execPath, [serve, '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`Gloss did not start within 30 s:\n${output}`)), 30_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Gloss is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=(\w+))/.exec(output);
      if (!match?.[1] || !match[2]) return;
      clearTimeout(timer);
      resolve({ url: match[1], token: match[2], stop: () => stop(child) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) =>
      fail(new Error(`Gloss exited with code ${code} before it was ready:\n${output}`)),
    );
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
