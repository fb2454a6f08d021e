import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleView, BlockView } from '../../contract/model';
import { makePng } from '../images/png.test-support';
import { startTestServer, type Route } from '../fetch/test-server.test-support';
import { findMedia } from '../storage/media-file';
import { openLibrary, useTempLibrary } from './temp-library.test-support';

const red = makePng(4, 3, [200, 30, 30]);
const blue = makePng(2, 2, [30, 30, 200]);
const green = makePng(3, 3, [30, 200, 30]);
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

const prose = 'Engineers finished repairing the harbour wall on Thursday, three weeks after the storm.';

/** A page as a browser saves it, its images in Harbour_files/. */
const page = (figures: string, extra = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour wall repaired</title></head><body><article><h1>Harbour wall repaired</h1>
<p>${prose}</p>${figures}<p>The council said the ferry would return to its old berth on Monday.</p>${extra}
</article></body></html>`;

const figure = (file: string, alt: string) =>
  `<figure><img src="Harbour_files/${file}" alt="${alt}"><figcaption>${alt}.</figcaption></figure>`;

const figuresOf = (article: ArticleView) =>
  article.blocks.filter((block): block is Extract<BlockView, { kind: 'figure' }> => block.kind === 'figure');

describe('import/version takes the images sent with the file', () => {
  const t = useTempLibrary('gloss-version-images-');

  /** The bytes Gloss serves for a figure's `src`, or null when it serves nothing there. */
  async function served(src: string | null): Promise<Buffer | null> {
    const found = src ? await findMedia(t.dataDir, `/${src}`) : null;
    return found ? readFile(found.file) : null;
  }

  const mediaFolder = (id: string) => path.join(t.dataDir, 'articles', id, 'media');

  it("a saved page's new version shows the images of its _files folder; those only the old one showed are removed", async () => {
    const first = await t.library['import/file']({
      name: 'Harbour.html',
      data: b64(page(figure('wall.png', 'The broken wall') + figure('map.png', 'The harbour map'))),
      files: [
        { path: 'Harbour_files/wall.png', data: b64(red) },
        { path: 'Harbour_files/map.png', data: b64(blue) },
      ],
    });
    const [oldWall, oldMap] = figuresOf(await t.library['articles/get']({ id: first.id }));
    expect(await served(oldWall!.image.src)).toEqual(red);

    // The updated page, saved again: the wall photo replaced by a new one, the map as it was.
    const secondPage = page(
      figure('repaired.png', 'The repaired wall') + figure('map.png', 'The harbour map'),
    );
    const secondFiles = [
      { path: 'Harbour_files/repaired.png', data: b64(green) },
      { path: 'Harbour_files/map.png', data: b64(blue) },
    ];
    const again = await t.library['import/file']({
      name: 'Harbour.html',
      data: b64(secondPage),
      files: secondFiles,
    });
    expect(again).toMatchObject({ id: first.id, existing: 'changed' });
    await t.library['import/version']({
      articleId: first.id,
      name: 'Harbour.html',
      data: b64(secondPage),
      files: secondFiles,
    });

    const shown = figuresOf(await t.library['articles/get']({ id: first.id }));
    expect(shown.map((block) => [block.image.alt, block.image.omitted ?? null])).toEqual([
      ['The repaired wall', null],
      ['The harbour map', null],
    ]);
    expect(await served(shown[0]!.image.src)).toEqual(green);
    // The same bytes are the same kept image, under the same address.
    expect(shown[1]!.image.src).toBe(oldMap!.image.src);
    expect(await served(shown[1]!.image.src)).toEqual(blue);
    // The old wall photo is shown by no version any more: gone from disk, and no longer served.
    expect(await served(oldWall!.image.src)).toBeNull();
    expect(readdirSync(mediaFolder(first.id)).sort()).toEqual(
      [shown[0]!.image.src, shown[1]!.image.src].map((src) => path.basename(src!)).sort(),
    );

    // After a restart, the same.
    await t.library.close();
    t.library = await openLibrary(t.dataDir);
    const reread = figuresOf(await t.library['articles/get']({ id: first.id }));
    expect(await served(reread[0]!.image.src)).toEqual(green);
  });

  it("a .md's new version keeps the image next to it, and one named out of its folder says why", async () => {
    const md = (body: string) => `# Field notes from the dunes\n\n${prose}\n\n${body}\n`;
    const { id } = await t.library['import/file']({
      name: 'dunes.md',
      data: b64(md('The dunes moved two metres inland this winter.')),
    });
    expect(existsSync(mediaFolder(id))).toBe(false);
    await t.library['import/version']({
      articleId: id,
      name: 'dunes.md',
      data: b64(md('![A dune at dawn](images/dune.png)\n\n![Elsewhere](../secret.png)')),
      files: [
        { path: 'images/dune.png', data: b64(red) },
        { path: '../secret.png', data: b64(blue) },
      ],
    });
    const [dune, elsewhere] = figuresOf(await t.library['articles/get']({ id }));
    expect(dune!.image).toMatchObject({ alt: 'A dune at dawn' });
    expect(await served(dune!.image.src)).toEqual(red);
    expect(elsewhere!.image).toMatchObject({
      src: null,
      omitted: 'its path leads outside the imported folder',
    });
    expect(readdirSync(mediaFolder(id))).toEqual([path.basename(dune!.image.src!)]);
  });

  it("a page fetched again as its new version fetches its new images, keeps the unchanged one's address, drops the old", async () => {
    const png = (bytes: Uint8Array): Route => ({ headers: { 'content-type': 'image/png' }, body: bytes });
    const webPage = (figures: string): Route => ({
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: page(figures),
    });
    const webFigure = (file: string, alt: string) =>
      `<figure><img src="/img/${file}" alt="${alt}"><figcaption>${alt}.</figcaption></figure>`;
    const routes: Record<string, Route> = {
      '/news/harbour': webPage(
        webFigure('storm.png', 'The broken wall') + webFigure('map.png', 'The harbour map'),
      ),
      '/img/storm.png': png(red),
      '/img/map.png': png(blue),
      '/img/repaired.png': png(green),
    };
    const server = await startTestServer(routes);
    try {
      const { id } = await t.library['import/url']({ url: `${server.origin}/news/harbour` });
      const [storm, map] = figuresOf(await t.library['articles/get']({ id }));
      expect(await served(storm!.image.src)).toEqual(red);

      routes['/news/harbour'] = webPage(
        webFigure('repaired.png', 'The repaired wall') + webFigure('map.png', 'The harbour map'),
      );
      await t.library['import/version']({ articleId: id, url: `${server.origin}/news/harbour` });
      const [repaired, sameMap] = figuresOf(await t.library['articles/get']({ id }));
      expect(await served(repaired!.image.src)).toEqual(green);
      expect(sameMap!.image.src).toBe(map!.image.src);
      expect(await served(storm!.image.src)).toBeNull();
      expect(readdirSync(mediaFolder(id)).sort()).toEqual(
        [repaired!.image.src, map!.image.src].map((src) => path.basename(src!)).sort(),
      );
    } finally {
      await server.close();
    }
  });

  it('a refused version keeps the old images and text', async () => {
    const { id } = await t.library['import/file']({
      name: 'Harbour.html',
      data: b64(page(figure('wall.png', 'The broken wall'))),
      files: [{ path: 'Harbour_files/wall.png', data: b64(red) }],
    });
    const before = await t.library['articles/get']({ id });
    const refused = await t.library.dispatch('import/version', {
      articleId: id,
      name: 'Harbour.html',
      data: b64(page(figure('repaired.png', 'The repaired wall'))),
      files: [{ path: 'Harbour_files/repaired.png', data: 'not base64!' }],
    });
    expect(refused).toMatchObject({ error: { code: 'invalid-params' } });
    const after = await t.library['articles/get']({ id });
    expect(after.text).toBe(before.text);
    expect(await served(figuresOf(after)[0]!.image.src)).toEqual(red);
  });
});
