import { createHash } from 'node:crypto';
import { access, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { GlossError } from '../errors';
import type { MediaFile } from '../images';
import { kindOfFileName } from '../images/image-kind';
import { keptMediaName } from '../images/media-src';
import { writeFileDurably } from './durable-write';
import type { Layout } from './layout';
import { storageError } from './storage-error';
import type { ArticleContent } from './store';

/** The media file names an article's figures show (`media/<id>/<name>`), once each. */
export function mediaNamesOf(id: string, content: ArticleContent): string[] {
  const names = new Set<string>();
  for (const block of content.blocks) {
    if (block.kind !== 'figure' || block.image.src === null) continue;
    const name = keptMediaName(id, block.image.src);
    if (name === null) {
      throw new GlossError('invalid-params', 'A figure shows an image that is not kept with its article.');
    }
    names.add(name);
  }
  return [...names];
}

/**
 * Check the images written with an article's content: stored names (`<sha256>.<ext>` of a kept
 * kind) that match their bytes, and every image a figure shows either among them or (`onDisk`)
 * already in the article's media folder. Refused before anything is written.
 */
export async function checkMedia(
  layout: Layout,
  id: string,
  content: ArticleContent,
  media: readonly MediaFile[],
  onDisk: boolean,
): Promise<void> {
  for (const file of media) {
    const hash = createHash('sha256').update(file.bytes).digest('hex');
    if (kindOfFileName(file.name) === null || !file.name.startsWith(`${hash}.`)) {
      throw new GlossError('invalid-params', 'An image of the article is not named by its content.');
    }
  }
  const given = new Set(media.map((file) => file.name));
  for (const name of mediaNamesOf(id, content)) {
    if (given.has(name)) continue;
    const there =
      onDisk &&
      kindOfFileName(name) !== null &&
      (await access(path.join(layout.media(id), name)).then(
        () => true,
        () => false,
      ));
    if (!there) throw new GlossError('invalid-params', 'A figure shows an image that was not given with it.');
  }
}

/**
 * Write an article's images into its media folder, each durably (temp file, fsync, rename),
 * before the content that shows them: a crash in between leaves images no article points at
 * (swept at start-up with the unfinished folder), never an article pointing at missing images.
 */
export async function writeMedia(layout: Layout, id: string, media: readonly MediaFile[]): Promise<void> {
  if (media.length === 0) return;
  const dir = layout.media(id);
  // The article's folder is there already (made first, or the article's own).
  await mkdir(dir).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw storageError('save', dir, error);
  });
  for (const file of media) await writeFileDurably(path.join(dir, file.name), file.bytes);
}

/**
 * Remove the kept images the article's content no longer shows (after a new version): only
 * stored image names, never a temp file or anything else in the folder.
 */
export async function dropUnusedMediaOf(layout: Layout, id: string, content: ArticleContent): Promise<void> {
  const shown = new Set(mediaNamesOf(id, content));
  const dir = layout.media(id);
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (shown.has(name) || kindOfFileName(name) === null) continue;
    // Tidying up: the new version is written, and an image left behind is only disk space.
    await rm(path.join(dir, name), { force: true }).catch(() => undefined);
  }
}
