import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makePng } from '../core/images/png.test-support';
import { createLibrary } from '../core/library';

const root = path.resolve(import.meta.dirname, '../..');
const run = (...args: string[]) =>
  spawnSync('npm', ['run', '--silent', 'export', '--', ...args], { cwd: root, encoding: 'utf8' });

describe('export CLI', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });
  const temp = async (name: string) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), `gloss-${name}-`));
    dirs.push(dir);
    return dir;
  };

  it('writes the library as Markdown with entity notes, then only what changed', async () => {
    const dataDir = await temp('cli-library');
    const out = await temp('cli-vault');
    const library = await createLibrary({ dataDir, backfill: false }); // the seed article
    const [seed] = await library['articles/list']({});
    await library['entities/get']({ articleId: seed!.id });
    // An article with a picture in a highlighted passage: the picture goes alongside.
    const photo = makePng(3, 2, [200, 30, 30]);
    const md = '# Harbour\n\nThe wall held.\n\n![The sea wall](wall.png)\n\nBoats came back.';
    const harbour = await library['import/file']({
      name: 'harbour.md',
      data: Buffer.from(md).toString('base64'),
      files: [{ path: 'wall.png', data: photo.toString('base64') }],
    });
    await library['highlights/create']({
      articleId: harbour.id,
      start: 0,
      end: 'The wall held.\n\nBoats'.length,
    });
    await library.close();

    const first = run('--data-dir', dataDir, '--out', out, '--entity-notes');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^\d+ written, 0 unchanged, 0 kept/);
    expect((await readdir(path.join(out, 'Articles'))).sort()).toEqual(
      [`${seed!.title.replace(/:/g, ' ')}.md`, 'Harbour.md'].sort(),
    );
    const harbourFile = path.join(out, 'Articles', 'Harbour.md');
    const link = /!\[The sea wall\]\(([^)]+)\)/.exec(await readFile(harbourFile, 'utf8'))?.[1];
    expect(link).toMatch(/^\.\.\/attachments\/Harbour\/[0-9a-f]{64}\.png$/);
    expect(await readFile(path.resolve(path.dirname(harbourFile), link!))).toEqual(photo);
    const lavrov = await readFile(path.join(out, 'People', 'Sergey Lavrov.md'), 'utf8');
    expect(lavrov).toContain('[[Articles/');

    expect(run('--data-dir', dataDir, '--out', out, '--entity-notes').stdout).toMatch(
      /^0 written, \d+ unchanged, 0 kept/,
    );
  });

  it('says why it cannot export: usage, a library in use', async () => {
    expect(run('--out', '/tmp/x')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/usage: npm run/),
    });
    const dataDir = await temp('cli-locked');
    const library = await createLibrary({ dataDir, seed: false, backfill: false });
    const locked = run('--data-dir', dataDir, '--out', await temp('cli-out'));
    await library.close();
    expect(locked.status).toBe(1);
    expect(locked.stderr).toMatch(/already running|in use/i);
  });
});
