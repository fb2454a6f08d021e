import { extractFile, listPackage } from '@electron/asar';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Packs the app the way `npm run dist` does, but `--dir` only and with a stand-in Electron
 * runtime (it cannot be downloaded here), then checks what the installed app would contain.
 */
describe('packaged app', () => {
  let work: string;
  let files: string[];
  let unpacked: string[];
  let archive: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'gloss-pack-'));
    const electronDist = path.join(work, 'electron-dist');
    await mkdir(electronDist);
    await writeFile(path.join(electronDist, 'electron'), '#!/bin/sh\n');
    await chmod(path.join(electronDist, 'electron'), 0o755);
    execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: root, stdio: 'pipe' });
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'electron-builder', 'cli.js'),
        '--dir',
        '--linux',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${path.join(work, 'out')}`,
      ],
      { cwd: root, stdio: 'pipe', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
    );
    const resources = path.join(work, 'out', 'linux-unpacked', 'resources');
    archive = path.join(resources, 'app.asar');
    files = listPackage(archive, { isPack: false }).map((file) => file.split(path.sep).join('/'));
    unpacked = await readdir(path.join(resources, 'app.asar.unpacked', 'dist', 'electron'));
  }, 240_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it.each([
    '/package.json',
    '/dist/electron/main.js',
    '/dist/electron/preload.cjs',
    '/dist/renderer/index.html',
    '/seeds/000_7cf7d18d3802595e.txt',
    '/models/entities.bin',
  ])('contains %s', (file) => {
    expect(files).toContain(file);
  });

  it('keeps the worker entries outside the archive so worker threads can load them', () => {
    expect(unpacked.sort()).toEqual(['detect-worker.js', 'import-worker.js']);
  });

  it('ships no sources, tests, e2e, tooling or node_modules (the bundles are self-contained)', () => {
    const unwanted = files.filter((file) =>
      /^\/(electron|renderer|e2e|scripts|bench|build|docs|eslint|node_modules)(\/|$)|\.(ts|tsx|map)$|\.test\./.test(
        file,
      ),
    );
    expect(unwanted).toEqual([]);
  });

  it("starts from the packed package.json's main entry", () => {
    const manifest = JSON.parse(extractFile(archive, 'package.json').toString()) as { main: string };
    expect(files).toContain(`/${manifest.main}`);
  });
});
