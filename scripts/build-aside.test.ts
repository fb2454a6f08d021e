import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../electron/host/http-host';
import { buildAside } from './build-aside.mjs';

/** A project folder with a built renderer in dist/, served as a running browser-mode Gloss serves it. */
async function runningGloss(): Promise<{ root: string; dist: string; host: HttpHost }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gloss-build-'));
  const dist = path.join(root, 'dist');
  await mkdir(path.join(dist, 'renderer'), { recursive: true });
  await writeFile(path.join(dist, 'renderer', 'index.html'), '<title>old build</title>');
  const host = await startHttpHost({
    rendererDir: path.join(dist, 'renderer'),
    dispatch: () => Promise.resolve({ result: null }),
  });
  return { root, dist, host };
}

const page = async (host: HttpHost) => {
  const response = await fetch(`http://127.0.0.1:${host.port}/`);
  return `${response.status} ${await response.text()}`;
};

describe('building beside a running Gloss', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('keeps serving the old build while the new one is written, then serves the new one', async () => {
    const { root, dist, host } = await runningGloss();
    cleanups.push(async () => {
      await host.close();
      await rm(root, { recursive: true, force: true });
    });
    const during: string[] = [];
    await buildAside(dist, async (out) => {
      await mkdir(path.join(out, 'renderer'), { recursive: true });
      during.push(await page(host));
      await writeFile(path.join(out, 'renderer', 'index.html'), '<title>new build</title>');
      during.push(await page(host));
    });
    expect(during).toEqual(['200 <title>old build</title>', '200 <title>old build</title>']);
    expect(await page(host)).toBe('200 <title>new build</title>');
    expect(await readdir(root)).toEqual(['dist']); // nothing left beside it
  });

  it('leaves the running build untouched when the new one fails', async () => {
    const { root, dist, host } = await runningGloss();
    cleanups.push(async () => {
      await host.close();
      await rm(root, { recursive: true, force: true });
    });
    const failing = buildAside(dist, async (out) => {
      await mkdir(out, { recursive: true });
      await writeFile(path.join(out, 'half-written.js'), '');
      throw new Error('syntax error in main.ts');
    });
    await expect(failing).rejects.toThrow('syntax error in main.ts');
    expect(await page(host)).toBe('200 <title>old build</title>');
    expect(await readFile(path.join(dist, 'renderer', 'index.html'), 'utf8')).toContain('old build');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('builds the first dist/ of a fresh checkout', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'gloss-build-'));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    await buildAside(path.join(root, 'dist'), async (out) => {
      await mkdir(path.join(out, 'renderer'), { recursive: true });
    });
    expect(await readdir(path.join(root, 'dist'))).toEqual(['renderer']);
  });
});
