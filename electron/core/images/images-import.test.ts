import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleView as Article, BlockView } from '../../contract/model';
import { startTestServer, type TestServer } from '../fetch/test-server.test-support';
import { createLibrary, type Library } from '../library';
import { findMedia } from '../storage/media-file';
import { tempDataDir } from '../storage/test-helpers';
import { MAX_IMAGE_BYTES } from './image-limits';
import { makePng } from './png.test-support';

const red = makePng(4, 3, [200, 30, 30]);
const blue = makePng(2, 2, [30, 30, 200]);
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';

let library: Library;
let dataDir: string;
let cleanup: () => void;
let server: TestServer;

beforeAll(async () => {
  const temp = tempDataDir('gloss-images-');
  ({ cleanup, dir: dataDir } = temp);
  library = await createLibrary({ dataDir, seed: false, backfill: false });
  server = await startTestServer({
    '/photo.png': { headers: { 'content-type': 'image/png' }, body: red },
    '/drawing.svg': { headers: { 'content-type': 'image/svg+xml' }, body: svg },
    '/fake.png': { headers: { 'content-type': 'image/png' }, body: '<html>Not an image</html>' },
    '/huge.png': {
      headers: { 'content-type': 'image/png' },
      body: Buffer.concat([red, Buffer.alloc(MAX_IMAGE_BYTES)]),
    },
  });
});
afterAll(async () => {
  await server.close();
  await library.close();
  cleanup();
});

const figures = (article: Article) =>
  article.blocks.filter((block): block is Extract<BlockView, { kind: 'figure' }> => block.kind === 'figure');

async function stored(src: string | null): Promise<Buffer | null> {
  const found = src ? await findMedia(dataDir, `/${src}`) : null;
  return found ? readFile(found.file) : null;
}

const prose = 'The harbour reopened on Tuesday after a week of repairs to the sea wall, the council said.';

describe('images kept at import', () => {
  it('keeps a data URI image in the article folder, served as its stored kind', async () => {
    const md = `# Harbour\n\n${prose}\n\n![The sea wall](data:image/png;base64,${b64(red)} "Repairs")\n`;
    const { id } = await library['import/file']({ name: 'harbour.md', data: b64(md) });
    const [figure] = figures(await library['articles/get']({ id }));
    expect(figure!.image).toMatchObject({ alt: 'The sea wall' });
    expect(figure!.image.src).toMatch(new RegExp(`^media/${id}/[0-9a-f]{64}\\.png$`));
    expect(await stored(figure!.image.src)).toEqual(red);
    expect((await findMedia(dataDir, `/${figure!.image.src}`))?.contentType).toBe('image/png');
  });

  it("keeps a saved page's _files images and the images next to a .md; the same bytes once", async () => {
    const page = `<html><head><title>Harbour</title></head><body><article><h1>Harbour</h1><p>${prose}</p>
      <figure><img src="Harbour_files/wall.png" alt="The wall" width="4" height="3"><figcaption>The wall</figcaption></figure>
      <p>${prose}</p><img src="./Harbour_files/again.png" alt="Again"><p>${prose}</p></article></body></html>`;
    const { id } = await library['import/file']({
      name: 'Harbour.html',
      data: b64(page),
      files: [
        { path: 'Harbour_files/wall.png', data: b64(red) },
        { path: 'Harbour_files/again.png', data: b64(red) },
      ],
    });
    const shown = figures(await library['articles/get']({ id }));
    expect(shown.map((figure) => figure.image.alt)).toEqual(['The wall', 'Again']);
    expect(shown[0]!.image).toMatchObject({ width: 4, height: 3 });
    expect(shown[0]!.image.src).toBe(shown[1]!.image.src);
    expect(readdirSync(path.join(dataDir, 'articles', id, 'media'))).toHaveLength(1);

    const md = `# Boats\n\n${prose}\n\n![Blue boat](images/boat%20one.png)\n`;
    const fromMd = await library['import/file']({
      name: 'boats.md',
      data: b64(md),
      files: [{ path: 'images/boat one.png', data: b64(blue) }],
    });
    const [boat] = figures(await library['articles/get']({ id: fromMd.id }));
    expect(await stored(boat!.image.src)).toEqual(blue);
  });

  it('leaves out, and says why, an image out of the folder, too large, SVG or not an image', async () => {
    const huge = Buffer.concat([red, Buffer.alloc(MAX_IMAGE_BYTES)]);
    const md = [
      `# Refused\n\n${prose}`,
      '![Escapes](../secret.png)',
      '![Missing](images/none.png)',
      '![Huge](images/huge.png)',
      '![Vector](images/drawing.svg)',
      '![Text](images/notes.png)',
      `![Inline SVG](data:image/svg+xml;base64,${b64(svg)})`,
      '![Remote](https://example.com/a.png)',
    ].join('\n\n');
    const { id } = await library['import/file']({
      name: 'refused.md',
      data: b64(md),
      files: [
        { path: '../secret.png', data: b64(red) },
        { path: 'images/huge.png', data: b64(huge) },
        { path: 'images/drawing.svg', data: b64(svg) },
        { path: 'images/notes.png', data: b64('just some text') },
      ],
    });
    const shown = figures(await library['articles/get']({ id }));
    expect(shown.map(({ image }) => [image.alt, image.src, image.omitted])).toEqual([
      ['Escapes', null, 'its path leads outside the imported folder'],
      ['Missing', null, 'the image file was not imported with the article'],
      ['Huge', null, 'too large (over 10 MB)'],
      ['Vector', null, 'SVG images are not kept (they can run scripts)'],
      ['Text', null, 'not a PNG, JPEG, GIF, WebP or AVIF image'],
      ['Inline SVG', null, 'SVG images are not kept (they can run scripts)'],
      ['Remote', null, 'it is on the web, and Gloss fetches nothing for a file'],
    ]);
    expect(existsSync(path.join(dataDir, 'articles', id, 'media'))).toBe(false);
  });

  it("fetches a web page's images once at import, within the limits, and never again", async () => {
    const site = await startTestServer({
      '/story': {
        body: `<html><head><title>Storm</title></head><body><article><h1>Storm</h1><p>${prose}</p>
          <img src="${server.origin}/photo.png" alt="Photo"><p>${prose}</p>
          <img src="${server.origin}/drawing.svg" alt="Drawing"><p>${prose}</p>
          <img src="${server.origin}/fake.png" alt="Fake"><p>${prose}</p>
          <img src="${server.origin}/huge.png" alt="Huge"><p>${prose}</p>
          <img src="/gone.png" alt="Gone"><p>${prose}</p></article></body></html>`,
      },
    });
    const { id } = await library['import/url']({ url: `${site.origin}/story` });
    await site.close();
    const shown = figures(await library['articles/get']({ id }));
    expect(shown.map(({ image }) => [image.alt, image.src !== null, image.omitted])).toEqual([
      ['Photo', true, undefined],
      ['Drawing', false, 'SVG images are not kept (they can run scripts)'],
      ['Fake', false, 'not a PNG, JPEG, GIF, WebP or AVIF image'],
      ['Huge', false, 'too large (over 10 MB)'],
      ['Gone', false, expect.stringMatching(/^it could not be fetched \(.*404/) as unknown],
    ]);
    expect(await stored(shown[0]!.image.src)).toEqual(red);
    // Each keeps the address it had on the page, kept or not, for exports to name.
    expect(shown.map(({ image }) => image.url)).toEqual([
      `${server.origin}/photo.png`,
      `${server.origin}/drawing.svg`,
      `${server.origin}/fake.png`,
      `${server.origin}/huge.png`,
      `${site.origin}/gone.png`,
    ]);
  });

  it('serves only stored names of valid articles: no traversal, other names or symlinks', async () => {
    const name = `${'0'.repeat(64)}.png`;
    await mkdir(path.join(dataDir, 'articles', 'abc', 'media'), { recursive: true });
    await symlink(path.join(dataDir, 'library.json'), path.join(dataDir, 'articles', 'abc', 'media', name));
    for (const pathname of [
      '/media/../library.json',
      '/media/abc/..%2f..%2flibrary.json',
      '/media/a.b/0000000000000000000000000000000000000000000000000000000000000000.png',
      '/media/abc/photo.png',
      '/media/abc/0000000000000000000000000000000000000000000000000000000000000000.svg',
      '/media/abc/0000000000000000000000000000000000000000000000000000000000000000.png',
    ]) {
      expect(await findMedia(dataDir, pathname)).toBeNull();
    }
  });
});
