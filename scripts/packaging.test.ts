import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
/** Where @electron/fuses finds the fuse wire in an Electron binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** A fuse that is on: the byte '1' in the wire. */
const ENABLED = '1'.charCodeAt(0);

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
    // A stand-in that carries Electron's fuse wire (sentinel, version 1, 8 fuses, Electron's
    // defaults), so electron-builder flips the fuses in it as in the real binary.
    const wire = Buffer.concat([
      Buffer.from(`#!/bin/sh\n# ${FUSE_SENTINEL}`),
      Buffer.from([1, 8]),
      Buffer.from('10110001'),
    ]);
    await writeFile(path.join(electronDist, 'electron'), wire);
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
    expect(unpacked.sort()).toEqual(['detect-worker.js', 'import-worker.js', 'search-worker.js']);
  });

  it('ships no sources, tests, e2e, tooling or node_modules (the bundles are self-contained)', () => {
    const unwanted = files.filter((file) =>
      /^\/(electron|renderer|e2e|scripts|bench|build|docs|eslint|node_modules)(\/|$)|\.(ts|tsx|map)$|\.test\./.test(
        file,
      ),
    );
    expect(unwanted).toEqual([]);
  });

  it('flips the Electron fuses that close Node-level entry points', async () => {
    const binary = path.join(work, 'out', 'linux-unpacked', 'gloss');
    const wire = await getCurrentFuseWire(binary);
    const state = (fuse: FuseV1Options) => (Number(wire[fuse]) === ENABLED ? 'on' : 'off');
    expect({
      runAsNode: state(FuseV1Options.RunAsNode),
      nodeOptions: state(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      inspectArguments: state(FuseV1Options.EnableNodeCliInspectArguments),
      onlyFromAsar: state(FuseV1Options.OnlyLoadAppFromAsar),
      asarIntegrity: state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      cookieEncryption: state(FuseV1Options.EnableCookieEncryption),
      fileProtocolPrivileges: state(FuseV1Options.GrantFileProtocolExtraPrivileges),
    }).toEqual({
      runAsNode: 'off',
      nodeOptions: 'off',
      inspectArguments: 'off',
      onlyFromAsar: 'on',
      asarIntegrity: 'on',
      cookieEncryption: 'on',
      fileProtocolPrivileges: 'off',
    });
  });

  it("starts from the packed package.json's main entry", () => {
    const manifest = JSON.parse(extractFile(archive, 'package.json').toString()) as { main: string };
    expect(files).toContain(`/${manifest.main}`);
  });
});
