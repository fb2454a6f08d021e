import { createHash } from 'node:crypto';
import type { ArticleImage, Block } from '../../contract/model';
import type { DraftFigure } from '../import/rich/article-builder';
import { IMAGE_TYPES, sniffImage } from './image-kind';
import { mediaSrc } from './media-src';
import {
  ARTICLE_IMAGES_TIME_MS,
  MAX_ARTICLE_IMAGE_BYTES,
  MAX_ARTICLE_IMAGES,
  MAX_IMAGE_BYTES,
  OMITTED,
} from './image-limits';
import type { ImageBytes, ImageSource } from './image-sources';

/** An image to store in the article's `media/` folder, named by its content hash. */
export interface MediaFile {
  name: string;
  bytes: Uint8Array;
}

export interface KeptImages {
  /** The blocks, each figure's image now served by Gloss (`media/<id>/<file>`) or marked omitted. */
  blocks: Block[];
  files: MediaFile[];
  /** How many figures have no image, and the reasons, for the import's notice. */
  omitted: { count: number; reasons: string[] };
  /** The stored name each kept image's address in the source became (kept with the source). */
  sources: Map<string, string>;
}

/** Fetches at once: a page's images come from one or two hosts. */
const PARALLEL = 4;

/** The stored kind of an image's bytes, or why they are not kept. */
function check(found: ImageBytes): { bytes: Uint8Array; extension: string } | { omitted: string } {
  if ('omitted' in found) return found;
  if (found.bytes.length > MAX_IMAGE_BYTES) return { omitted: OMITTED.tooLarge };
  const kind = sniffImage(found.bytes);
  if (kind === 'svg' || /^image\/svg/i.test(found.contentType ?? '')) return { omitted: OMITTED.svg };
  // A server that calls it something else (an HTML error page) is not believed either way.
  if (kind === null || (found.contentType && !/^image\//i.test(found.contentType)))
    return { omitted: OMITTED.notImage };
  return { bytes: found.bytes, extension: IMAGE_TYPES[kind].extension };
}

/** Longer addresses are not kept (a data URI in disguise, a tracking blob): exports do without. */
const MAX_URL_LENGTH = 2048;

/** The image's web address as the source named it (absolute http or https), for exports. */
function webAddress(src: string): string | null {
  if (src.length > MAX_URL_LENGTH || !/^https?:\/\//i.test(src)) return null;
  try {
    return new URL(src).href;
  } catch {
    return null;
  }
}

/**
 * Resolve an article's figures at import: each image's bytes from `source`, checked (a kept
 * kind, by its bytes), within the limits per image and per article, the same bytes stored once
 * (content hash). Figures left out keep their alt text and say why. Nothing is written here:
 * the store writes the files with the article (storage/article-media.ts).
 */
export async function keepImages(
  articleId: string,
  blocks: readonly Block[],
  figures: readonly DraftFigure[],
  source: ImageSource,
  now: () => number = Date.now,
): Promise<KeptImages> {
  const deadline = now() + ARTICLE_IMAGES_TIME_MS;
  const found: (ImageBytes | null)[] = figures.map(() => null);
  const bySource = new Map<string, Promise<ImageBytes>>();
  let next = 0;
  const worker = async () => {
    while (next < figures.length) {
      const i = next++;
      const src = figures[i]!.image.src;
      if (now() > deadline) found[i] = { omitted: OMITTED.outOfTime };
      else {
        if (!bySource.has(src)) bySource.set(src, source(src));
        found[i] = await bySource.get(src)!;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, figures.length) }, worker));

  const files = new Map<string, MediaFile>();
  const sources = new Map<string, string>();
  let totalBytes = 0;
  const reasons: string[] = [];
  const result = blocks.slice();
  figures.forEach((figure, i) => {
    const block = result[figure.blockIndex];
    if (block?.kind !== 'figure') return;
    const checked = check(found[i]!);
    const { width, height } = figure.image;
    const url = webAddress(figure.image.src);
    const shown: ArticleImage = {
      src: null,
      alt: block.image.alt,
      ...(width === undefined ? {} : { width }),
      ...(height === undefined ? {} : { height }),
      ...(url === null ? {} : { url }),
    };
    let omitted = 'omitted' in checked ? checked.omitted : null;
    if (!('omitted' in checked)) {
      const name = `${createHash('sha256').update(checked.bytes).digest('hex')}.${checked.extension}`;
      if (!files.has(name)) {
        if (files.size >= MAX_ARTICLE_IMAGES) omitted = OMITTED.tooMany;
        else if (totalBytes + checked.bytes.length > MAX_ARTICLE_IMAGE_BYTES) omitted = OMITTED.tooManyBytes;
        else {
          files.set(name, { name, bytes: checked.bytes });
          totalBytes += checked.bytes.length;
        }
      }
      if (omitted === null) {
        shown.src = mediaSrc(articleId, name);
        // A data: URI is in the source itself; an address (a path, a URL) is what needs keeping.
        if (!/^data:/i.test(figure.image.src)) sources.set(figure.image.src, name);
      }
    }
    if (omitted !== null) {
      shown.omitted = omitted;
      reasons.push(omitted);
    }
    result[figure.blockIndex] = { ...block, image: shown };
  });
  return {
    blocks: result,
    files: [...files.values()],
    omitted: { count: reasons.length, reasons },
    sources,
  };
}
