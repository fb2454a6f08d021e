import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { GlossError } from '../errors';
import { resourcePath } from '../resources';
import { unpacked } from '../workers/spawn-worker';
import { createArticleParser } from './article-parser';

const encode = (text: string) => new TextEncoder().encode(text);

describe('parsing imports on a worker thread', () => {
  const parser = createArticleParser();
  afterAll(() => parser.close());

  it('parses the seed article like the importer does', async () => {
    const bytes = await readFile(resourcePath('seeds', '000_7cf7d18d3802595e.txt'));
    const article = await parser.parse({ name: '000_7cf7d18d3802595e.txt', bytes });
    expect(article.publishedAt).toBe('2024-04-09');
    expect(article.blocks.filter((block) => block.kind === 'heading')).toHaveLength(2);
  });

  it.each([
    ['empty.md', encode(' \n '), 'empty-file'],
    ['binary.txt', new Uint8Array([0, 1, 2, 3, 0, 255]), 'unsupported-file'],
    ['slides.pptx', encode('text'), 'unsupported-file'],
  ])('refuses %s with the importer’s own error, code and all', async (name, bytes, code) => {
    const refusal = parser.parse({ name, bytes });
    await expect(refusal).rejects.toBeInstanceOf(GlossError);
    await expect(refusal).rejects.toMatchObject({ code, message: expect.stringContaining(name) });
  });

  it('keeps working after a refusal, for several files at once', async () => {
    const names = ['a.md', 'b.md', 'c.md'];
    const parsed = await Promise.all(
      names.map((name) => parser.parse({ name, bytes: encode(`# Title ${name}\n\nBody text here.`) })),
    );
    expect(parsed.map((article) => article.title)).toEqual(['Title a.md', 'Title b.md', 'Title c.md']);
  });
});

describe('a parse that hangs', () => {
  it('is cut off with a clear message, and the next file gets a fresh worker', async () => {
    const hanging = `require('node:worker_threads').parentPort.on('message', () => { for (;;) {} });`;
    const answering = `const { parentPort } = require('node:worker_threads');
      parentPort.on('message', ({ id }) => parentPort.postMessage({ kind: 'done', id, result: { title: 'Next' } }));`;
    let spawned = 0;
    const parser = createArticleParser(() => {
      spawned += 1;
      return new Worker(spawned === 1 ? hanging : answering, { eval: true });
    }, 500);
    try {
      await expect(parser.parse({ name: 'loop.html', bytes: encode('<p>x</p>') })).rejects.toMatchObject({
        code: 'unsupported-file',
        message: expect.stringMatching(/stopped reading “loop\.html”: it took longer than/),
      });
      const next = await parser.parse({ name: 'next.md', bytes: encode('# Next\n\nBody text.') });
      expect(next.title).toBe('Next');
      expect(spawned).toBe(2);
    } finally {
      await parser.close();
    }
  });
});

describe('worker entries of a packaged app', () => {
  it.each([
    [
      path.join('/opt', 'Gloss', 'resources', 'app.asar', 'dist', 'electron', 'import-worker.js'),
      path.join('/opt', 'Gloss', 'resources', 'app.asar.unpacked', 'dist', 'electron', 'import-worker.js'),
    ],
    [
      path.join('/work', 'dist', 'electron', 'import-worker.js'),
      path.join('/work', 'dist', 'electron', 'import-worker.js'),
    ],
  ])('load %s from %s', (file, expected) => {
    expect(unpacked(file)).toBe(expected);
  });
});
