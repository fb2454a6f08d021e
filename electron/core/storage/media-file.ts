import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { isValidId, Layout } from './layout';
import { IMAGE_TYPES, kindOfFileName } from '../images/image-kind';

/** A stored image ready to send: its file on disk, its type (from the stored kind) and size. */
export interface MediaAnswer {
  file: string;
  contentType: string;
  size: number;
}

/**
 * The stored image `media/<articleId>/<file>` names, for the transports to serve (the http
 * host's `/media/` route, Electron's app protocol), or null. Only a valid article id and a
 * stored name (`<sha256>.<extension>` of a kept kind); a regular file, never a symlink, really
 * inside the article's media folder.
 */
export async function findMedia(dataDir: string, pathname: string): Promise<MediaAnswer | null> {
  const match = /^\/?media\/([^/]+)\/([^/]+)$/.exec(pathname);
  if (!match) return null;
  const [, articleId, name] = match as unknown as [string, string, string];
  const kind = kindOfFileName(name);
  if (!isValidId(articleId) || kind === null) return null;
  const folder = new Layout(dataDir).media(articleId);
  const file = path.join(folder, name);
  try {
    const info = await lstat(file);
    if (!info.isFile()) return null;
    const [realFolder, realFile] = await Promise.all([realpath(folder), realpath(file)]);
    if (path.dirname(realFile) !== realFolder) return null;
    return { file: realFile, contentType: IMAGE_TYPES[kind].mime, size: info.size };
  } catch {
    return null;
  }
}
