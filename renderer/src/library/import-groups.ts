import type { LibraryStatus } from '../../../electron/contract/model';
import { displayName, extensionOf, formatOf, megabytes } from './import-checks';

/** A file chosen or dropped, with its path inside what was dropped ("Page_files/a.jpg"). */
export interface PathedFile<F extends { size: number } = File> {
  file: F;
  path: string;
}

/** One import: the article's file and the files that come with it (paths relative to its folder). */
export interface ImportGroup<F extends { size: number } = File> {
  file: F;
  path: string;
  companions: PathedFile<F>[];
  /** The files that came with it but are not sent, each saying why (the core's limits). */
  leftOut: string[];
}

export type ImageLimits = LibraryStatus['imageLimits'];

/** Names an image may have (the core checks the bytes); a saved page's images may have none. */
const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.jpe', '.jfif', '.gif', '.webp', '.avif', '.svg', ''];

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const isArticle = (path: string) => formatOf(extensionOf(path)) !== null;
const isImage = (path: string) => IMAGE_EXTENSIONS.includes(extensionOf(path));

/** The folder a browser saves a page's resources into: "Page.html" -> "Page_files/". */
function resourcesFolder(path: string): string | null {
  if (formatOf(extensionOf(path)) !== 'html') return null;
  const base = baseName(path);
  return `${folderOf(path)}${base.slice(0, base.lastIndexOf('.'))}_files/`;
}

/** Hold a group's companions to what one article keeps, largest-first refusals said by name. */
function withinLimits<F extends { size: number }>(
  companions: PathedFile<F>[],
  limits: ImageLimits,
): { kept: PathedFile<F>[]; leftOut: string[] } {
  const kept: PathedFile<F>[] = [];
  const leftOut: string[] = [];
  let bytes = 0;
  let overCount = 0;
  for (const companion of companions) {
    const shown = `“${displayName(companion.path)}”`;
    if (companion.file.size > limits.maxImageBytes)
      leftOut.push(`${shown} is over ${megabytes(limits.maxImageBytes)}`);
    else if (kept.length >= limits.maxImages) overCount += 1;
    else if (bytes + companion.file.size > limits.maxArticleBytes)
      leftOut.push(`${shown}: the images already take ${megabytes(limits.maxArticleBytes)}`);
    else {
      kept.push(companion);
      bytes += companion.file.size;
    }
  }
  if (overCount > 0)
    leftOut.push(
      `${overCount} more image${overCount === 1 ? '' : 's'} (an article keeps at most ${limits.maxImages})`,
    );
  return { kept, leftOut };
}

/**
 * Which of the files chosen or dropped together are articles, and which come with them:
 * - a page saved from a browser (`Page.html`) takes everything in its `Page_files/` folder (the
 *   pages, scripts and styles there are part of it, never articles of their own); only its
 *   images are sent;
 * - any other image goes with the articles in the nearest folder above it (a `.md` and the
 *   images next to it or under it); an image with no article above it is imported on its own
 *   (and the core says it is no article).
 * Each article's companions are paths relative to its folder, held to the core's image limits.
 */
export function groupImports<F extends { size: number }>(
  files: readonly PathedFile<F>[],
  limits: ImageLimits,
): ImportGroup<F>[] {
  const normalized = files.map((item) => ({
    ...item,
    path: item.path.replace(/\\/g, '/').replace(/^\/+/, ''),
  }));
  const folders = new Map<string, string>();
  for (const item of normalized) {
    const folder = resourcesFolder(item.path);
    if (folder) folders.set(folder, item.path);
  }
  const savedPageOf = (path: string) => [...folders].find(([folder]) => path.startsWith(folder))?.[1];

  const articles = normalized.filter((item) => isArticle(item.path) && savedPageOf(item.path) === undefined);
  const companions = new Map<string, PathedFile<F>[]>(articles.map((item) => [item.path, []]));
  const alone: PathedFile<F>[] = [];
  for (const item of normalized) {
    if (companions.has(item.path)) continue;
    const page = savedPageOf(item.path);
    if (page !== undefined) {
      if (isImage(item.path)) companions.get(page)?.push(item);
      continue;
    }
    // The deepest folder above the image that holds articles: each of them may show it.
    const owners = isImage(item.path)
      ? articles
          .filter((article) => item.path.startsWith(folderOf(article.path)))
          .reduce<PathedFile<F>[]>((deepest, article) => {
            const depth = folderOf(article.path).length;
            const best = deepest[0] ? folderOf(deepest[0].path).length : -1;
            if (depth > best) return [article];
            return depth === best ? [...deepest, article] : deepest;
          }, [])
      : [];
    if (owners.length === 0) alone.push(item);
    for (const owner of owners) companions.get(owner.path)?.push(item);
  }

  const groups = articles.map((article) => {
    const folder = folderOf(article.path);
    const related = (companions.get(article.path) ?? [])
      .map((item) => ({ file: item.file, path: item.path.slice(folder.length) }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const { kept, leftOut } = withinLimits(related, limits);
    return { file: article.file, path: article.path, companions: kept, leftOut };
  });
  return [...groups, ...alone.map((item) => ({ ...item, companions: [], leftOut: [] }))];
}
