import { readdir, readFile } from 'node:fs/promises';
import type { Block } from '../../contract/model';
import { GlossError } from '../errors';
import type { ExportFigure } from '../export';
import type { ReadMedia } from '../export/vault/write-folder';
import { kindOfFileName } from '../images/image-kind';
import { mediaSrc } from '../images/media-src';
import { Layout } from '../storage/layout';
import { findMedia } from '../storage/media-file';

/** An article's figures, where the export shows their images. */
export function exportFigures(blocks: readonly Block[]): ExportFigure[] {
  return blocks.flatMap((block, blockIndex) =>
    block.kind === 'figure' ? [{ blockIndex, start: block.start, end: block.end, image: block.image }] : [],
  );
}

/** The images an article keeps in its folder, by stored name; none when it has no folder. */
export async function keptMedia(dataDir: string, articleId: string): Promise<Set<string>> {
  try {
    const entries = await readdir(new Layout(dataDir).media(articleId), { withFileTypes: true });
    return new Set(entries.filter((e) => e.isFile() && kindOfFileName(e.name) !== null).map((e) => e.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw error;
  }
}

/** Reads a kept image for an export, as the media route finds it (no symlink, no other folder). */
export function mediaReader(dataDir: string): ReadMedia {
  return async ({ articleId, name }) => {
    const found = await findMedia(dataDir, mediaSrc(articleId, name));
    if (found === null) throw new GlossError('storage-error', 'An image of an article could not be read.');
    return readFile(found.file);
  };
}
