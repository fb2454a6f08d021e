// `npm run test:e2e`: build, then run Playwright. Electron needs a display; on a Linux machine
// without one, the suite runs under xvfb-run when the Electron runtime is there to test.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildApp } from './build.mjs';
import { electronBinary } from './electron-runtime.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const playwright = [path.join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', ...args];

await buildApp({ quiet: true });
const headless = process.platform === 'linux' && !process.env.DISPLAY;
const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
const [command, commandArgs] =
  headless && electronBinary() && hasXvfb
    ? ['xvfb-run', ['-a', process.execPath, ...playwright]]
    : [process.execPath, playwright];
const child = spawn(command, commandArgs, { stdio: 'inherit', cwd: root });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
