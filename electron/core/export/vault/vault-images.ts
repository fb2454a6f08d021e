import { keptMediaName } from '../../images/media-src';
import { webImage } from '../figure-markdown';
import type { ImageLink } from '../types';
import type { VaultFile } from './build-vault';

/** The vault's folder of images, one folder per article file, named as it is. */
export const ATTACHMENTS = 'attachments';

/**
 * A path segment as a Markdown link destination: percent-encoded (spaces as %20, which Obsidian,
 * Logseq and CommonMark viewers all decode), parentheses too, as they would end "(…)".
 */
const segment = (name: string) => encodeURIComponent(name).replace(/\(/g, '%28').replace(/\)/g, '%29');

/**
 * The images of one article file in the vault: `link` gives the relative path from the article's
 * Markdown (`Articles/<name>.md`) to `attachments/<name>/<image>` for an image the article keeps,
 * and remembers it; `files` are the images linked so far, so the vault carries only those the
 * file shows. An image not kept (or missing from the article's folder) links to its web address
 * when it had one, as in a lone file.
 */
export function articleImages(
  articleId: string,
  articlePath: string,
  media: ReadonlySet<string>,
): { link: ImageLink; files: () => VaultFile[] } {
  const stem = articlePath.slice(articlePath.lastIndexOf('/') + 1).replace(/\.md$/, '');
  const used = new Set<string>();
  const link: ImageLink = (image) => {
    const name = keptMediaName(articleId, image.src);
    if (name === null || !media.has(name)) return webImage(image);
    used.add(name);
    return `../${ATTACHMENTS}/${segment(stem)}/${segment(name)}`;
  };
  const files = () =>
    [...used].map((name) => ({ path: `${ATTACHMENTS}/${stem}/${name}`, media: { articleId, name } }));
  return { link, files };
}
