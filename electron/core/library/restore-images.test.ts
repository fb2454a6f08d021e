import { readdirSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleView, BlockView } from '../../contract/model';
import { startTestServer } from '../fetch/test-server.test-support';
import { makePng } from '../images/png.test-support';
import { findMedia } from '../storage/media-file';
import { openLibrary, useTempLibrary } from './temp-library.test-support';

const red = makePng(4, 3, [200, 30, 30]);
const blue = makePng(2, 2, [30, 30, 200]);
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const prose = 'Engineers finished repairing the harbour wall on Thursday, three weeks after the storm.';

const page = (figures: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour wall repaired</title></head><body><article><h1>Harbour wall repaired</h1>
<p>${prose}</p>${figures}<p>The council said the ferry would return to its old berth on Monday.</p>
</article></body></html>`;

const figuresOf = (article: ArticleView) =>
  article.blocks.filter((block): block is Extract<BlockView, { kind: 'figure' }> => block.kind === 'figure');

describe('a text made again from its kept file shows its images again', () => {
  const t = useTempLibrary('gloss-restore-images-');

  async function served(src: string | null): Promise<Buffer | null> {
    const found = src ? await findMedia(t.dataDir, `/${src}`) : null;
    return found ? readFile(found.file) : null;
  }

  /** Lose the article's text file, and restore it from the kept source after a restart. */
  async function loseAndRestore(id: string): Promise<ArticleView> {
    await rm(path.join(t.dataDir, 'articles', id, 'article.json'));
    await t.library.close();
    t.library = await openLibrary(t.dataDir);
    expect((await t.library['articles/get']({ id })).textLost).not.toBeNull();
    await t.library['articles/restoreText']({ id });
    return t.library['articles/get']({ id });
  }

  it("a saved page's images from its _files folder and its data: URIs, and says which was never kept", async () => {
    const { id } = await t.library['import/file']({
      name: 'Harbour.html',
      data: b64(
        page(
          '<figure><img src="Harbour_files/wall.png" alt="The wall"></figure>' +
            `<figure><img src="data:image/png;base64,${b64(blue)}" alt="Inline"></figure>` +
            '<figure><img src="Harbour_files/missing.png" alt="Missing"></figure>',
        ),
      ),
      files: [{ path: 'Harbour_files/wall.png', data: b64(red) }],
    });
    const before = figuresOf(await t.library['articles/get']({ id }));
    const after = figuresOf(await loseAndRestore(id));
    expect(after.map((figure) => figure.image.src)).toEqual(before.map((figure) => figure.image.src));
    expect(await served(after[0]!.image.src)).toEqual(red);
    expect(await served(after[1]!.image.src)).toEqual(blue);
    expect(after[2]!.image).toMatchObject({
      src: null,
      omitted: 'it was not kept when the article was imported',
    });
  });

  it("a fetched page's images, with nothing fetched again", async () => {
    const server = await startTestServer({
      '/news/harbour': {
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: page('<figure><img src="/img/wall.png" alt="The wall"></figure>'),
      },
      '/img/wall.png': { headers: { 'content-type': 'image/png' }, body: red },
    });
    let id: string;
    try {
      ({ id } = await t.library['import/url']({ url: `${server.origin}/news/harbour` }));
    } finally {
      await server.close();
    }
    const [figure] = figuresOf(await loseAndRestore(id));
    expect(await served(figure!.image.src)).toEqual(red);
    expect(readdirSync(path.join(t.dataDir, 'articles', id, 'media'))).toHaveLength(1);
  });
});
