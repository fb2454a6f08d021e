import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * Browser mode (the built `dist/electron/serve.js` under `root`) on a data dir; resolves with its
 * address once it says it is running. A bench cut short (Ctrl+C, a closed pipe) does not leave
 * the host holding the data dir.
 */
export function startGloss(root: string, dataDir: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'dist/electron/serve.js'), '--port', '0', '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  process.once('exit', () => child.kill('SIGTERM'));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`Gloss exited (${code}):\n${output}`)));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Gloss is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\w+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], stop: () => child.kill('SIGTERM') });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
}
