import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../fetch/test-server.test-support';
import { MAX_IMAGE_BYTES } from '../images/image-limits';
import { makePng } from '../images/png.test-support';
import { createLibrary, type Library } from '../library';
import { tempDataDir } from '../storage/test-helpers';

const lead = makePng(6, 4, [200, 30, 30]);
const wall = makePng(3, 3, [30, 30, 200]);
const chart = makePng(2, 5, [30, 200, 30]);
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const TITLE = 'Harbour (reopened) at dawn';
const STEM_LINK = 'Harbour%20%28reopened%29%20at%20dawn';
const md = [
  `# ${TITLE}`,
  '![The lead photo](lead.png)',
  'The harbour reopened on Tuesday after a week of repairs.',
  '![The sea wall, rebuilt](img/wall.png)',
  'Fishing boats were back by noon, the council said.',
  '![A chart of the tides](chart.png)',
  'The chart shows why the work took so long.',
].join('\n\n');

/** Each `![alt](destination)` of a Markdown file, in order. */
const images = (markdown: string) =>
  [...markdown.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map(([, alt, destination]) => ({
    alt: alt!,
    destination: destination!,
  }));

let library: Library;
let articleId: string;
let highlightId: string;
let cleanup: () => void;
const dirs: string[] = [];
const temp = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gloss-vault-images-'));
  dirs.push(dir);
  return dir;
};

beforeAll(async () => {
  const data = tempDataDir('gloss-export-images-');
  cleanup = data.cleanup;
  library = await createLibrary({ dataDir: data.dir, seed: false, backfill: false });
  ({ id: articleId } = await library['import/file']({
    name: 'harbour.md',
    data: b64(md),
    files: [
      { path: 'lead.png', data: b64(lead) },
      { path: 'img/wall.png', data: b64(wall) },
      { path: 'chart.png', data: b64(chart) },
    ],
  }));
  const { text } = await library['articles/get']({ id: articleId });
  // One passage from the first paragraph across the sea wall's picture into the next one.
  const start = text.indexOf('a week of repairs');
  const end = text.indexOf(' the council said');
  ({ id: highlightId } = await library['highlights/create']({ articleId, start, end }));
});
afterAll(async () => {
  await library.close();
  cleanup();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('images in exports', () => {
  it('puts the lead image and the highlighted figure beside the article file in a vault folder, linked relatively', async () => {
    const out = await temp();
    const report = await library.exportToFolder(out, {});
    expect(report).toMatchObject({ written: 3, unchanged: 0, kept: [] });
    const articleFile = path.join(out, 'Articles', `${TITLE}.md`);
    const markdown = await readFile(articleFile, 'utf8');
    const shown = images(markdown);
    expect(shown.map((image) => image.alt)).toEqual(['The lead photo', 'The sea wall, rebuilt']);
    for (const { destination } of shown)
      expect(destination).toMatch(new RegExp(`^\\.\\./attachments/${STEM_LINK}/[0-9a-f]{64}\\.png$`));
    // Each link, as a viewer resolves it (relative to the file, %20 decoded), is that image's bytes.
    const bytes = await Promise.all(
      shown.map(({ destination }) =>
        readFile(path.resolve(path.dirname(articleFile), decodeURI(destination))),
      ),
    );
    expect(bytes).toEqual([lead, wall]);
    // The lead image under the title; the sea wall inside the quote, between its two paragraphs.
    expect(markdown).toContain(`# ${TITLE}\n\n![The lead photo](`);
    expect(markdown).toMatch(
      /> a week of repairs\.\n>\n> !\[The sea wall, rebuilt\]\([^)]+\)\n>\n> Fishing boats were back by noon,/,
    );
    // The chart is in no highlight: it is not exported.
    expect(await readdir(path.join(out, 'attachments', TITLE))).toHaveLength(2);
  });

  it('writes an image again only when needed, and never over one edited outside Gloss', async () => {
    const out = await temp();
    await library.exportToFolder(out, {});
    expect(await library.exportToFolder(out, {})).toMatchObject({ written: 0, unchanged: 3, kept: [] });
    const folder = path.join(out, 'attachments', TITLE);
    const [first] = await readdir(folder);
    await writeFile(path.join(folder, first!), 'cropped in another app');
    const again = await library.exportToFolder(out, {});
    expect(again).toMatchObject({ written: 0, unchanged: 2, kept: [`attachments/${TITLE}/${first}`] });
    expect(await readFile(path.join(folder, first!), 'utf8')).toBe('cropped in another app');
  });

  it('zips the same images, byte for byte, beside the article file', async () => {
    const { data } = await library['export/library']({});
    const zip = unzipSync(Buffer.from(data, 'base64'));
    const names = Object.keys(zip);
    const articleName = names.find((name) => name.endsWith(`/Articles/${TITLE}.md`))!;
    const markdown = Buffer.from(zip[articleName]!).toString('utf8');
    const resolved = images(markdown).map(({ destination }) =>
      path.posix.join(path.posix.dirname(articleName), decodeURI(destination)),
    );
    expect(resolved.map((name) => Buffer.from(zip[name]!))).toEqual([lead, wall]);
    expect(names.filter((name) => name.endsWith('.png'))).toHaveLength(2);
  });

  it('a lone Markdown file carries no image: the highlighted figure is noted by its alt text', async () => {
    const { markdown } = await library['export/markdown']({ articleId });
    expect(images(markdown)).toEqual([]);
    expect(markdown).toContain(
      '> a week of repairs.\n>\n> *(image: The sea wall, rebuilt)*\n>\n> Fishing boats',
    );
  });

  it('highlights exported from the notebook show their figures as a lone file does', async () => {
    const { markdown } = await library['export/highlights']({ highlights: [{ articleId, id: highlightId }] });
    expect(markdown).toContain(
      '> a week of repairs.\n>\n> *(image: The sea wall, rebuilt)*\n>\n> Fishing boats',
    );
  });

  it('a page imported by address: a lone file links its images on the web, a vault its kept copies (and the web for one not kept)', async () => {
    const images_ = await startTestServer({
      '/photo.png': { headers: { 'content-type': 'image/png' }, body: wall },
      '/huge.png': {
        headers: { 'content-type': 'image/png' },
        body: Buffer.concat([lead, Buffer.alloc(MAX_IMAGE_BYTES)]),
      },
    });
    const prose = 'The storm passed over the harbour during the night, and the wall held.';
    const site = await startTestServer({
      '/storm': {
        body: `<html><head><title>Storm over the harbour</title></head><body><article><h1>Storm over the harbour</h1>
          <p>${prose}</p><img src="${images_.origin}/photo.png" alt="The wall at dawn"><p>${prose}</p>
          <img src="/huge.png" alt="The panorama"><p>Boats stayed in port until noon.</p></article></body></html>`,
      },
    });
    const { id } = await library['import/url']({ url: `${site.origin}/storm` });
    await Promise.all([site.close(), images_.close()]);
    const { text } = await library['articles/get']({ id });
    const start = text.indexOf(prose) + prose.length - 'the wall held.'.length;
    await library['highlights/create']({ articleId: id, start, end: text.indexOf(' until noon') });

    const lone = await library['export/markdown']({ articleId: id });
    // The lead image (after the first paragraph), then the two figures of the passage.
    expect(images(lone.markdown)).toEqual([
      { alt: 'The wall at dawn', destination: `${images_.origin}/photo.png` },
      { alt: 'The wall at dawn', destination: `${images_.origin}/photo.png` },
      { alt: 'The panorama', destination: `${site.origin}/huge.png` },
    ]);

    const out = await temp();
    await library.exportToFolder(out, { articleIds: [id] });
    const articleFile = path.join(out, 'Articles', 'Storm over the harbour.md');
    const [, kept, notKept] = images(await readFile(articleFile, 'utf8'));
    expect(await readFile(path.resolve(path.dirname(articleFile), decodeURI(kept!.destination)))).toEqual(
      wall,
    );
    expect(notKept).toEqual({ alt: 'The panorama', destination: `${site.origin}/huge.png` });
  });
});
