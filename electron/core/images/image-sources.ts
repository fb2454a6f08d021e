import path from 'node:path';
import { GlossError } from '../errors';
import { fetchUrl } from '../fetch';
import { IMAGE_FETCH_TIMEOUT_MS, MAX_IMAGE_BYTES, OMITTED } from './image-limits';

/** An image's bytes (with the type its server named, if any), or why there are none. */
export type ImageBytes = { bytes: Uint8Array; contentType: string | null } | { omitted: string };

/** Where the images of one import come from: the `src` an article names -> its bytes. */
export type ImageSource = (src: string) => Promise<ImageBytes>;

/** A `data:` URI's bytes; its size is checked before it is decoded. */
export function dataUriBytes(src: string): ImageBytes {
  const match = /^data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,(.*)$/is.exec(src);
  if (!match) return { omitted: OMITTED.badAddress };
  const payload = match[4]!;
  const estimated = match[3] ? Math.floor((payload.length * 3) / 4) : payload.length;
  if (estimated > MAX_IMAGE_BYTES) return { omitted: OMITTED.tooLarge };
  const bytes = match[3]
    ? Buffer.from(payload.replace(/\s+/g, ''), 'base64')
    : Buffer.from(decodeURIComponent(payload), 'utf8');
  return { bytes, contentType: match[1]?.trim().toLowerCase() || null };
}

/** An image on the web, fetched once at import with the page fetch's limits (fetch/). */
export async function webImageBytes(src: string): Promise<ImageBytes> {
  try {
    const resource = await fetchUrl(src, { maxBytes: MAX_IMAGE_BYTES, timeoutMs: IMAGE_FETCH_TIMEOUT_MS });
    return { bytes: resource.bytes, contentType: resource.contentType };
  } catch (error) {
    if (error instanceof GlossError && error.code === 'too-large') return { omitted: OMITTED.tooLarge };
    if (error instanceof GlossError) return { omitted: `it could not be fetched (${error.message})` };
    throw error;
  }
}

/**
 * The path a relative `src` names inside an imported folder ("Page_files/a.jpg", "./img/b.png",
 * percent-encoded or not), or null when it leads out of the folder (`..`, an absolute path).
 */
export function folderPath(src: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(src.split(/[?#]/)[0]!);
  } catch {
    return null;
  }
  const slashed = decoded.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[a-z]:/i.test(slashed) || slashed.includes('\0')) return null;
  const normalized = path.posix.normalize(slashed);
  if (normalized === '..' || normalized.startsWith('../') || normalized === '.') return null;
  return normalized;
}

const isWeb = (src: string) => /^https?:\/\//i.test(src);
const hasScheme = (src: string) => /^[a-z][a-z0-9+.-]*:/i.test(src);

/**
 * The source for one import: data URIs always; web addresses only when importing a URL
 * (`fetchWeb`), so opening a file never contacts a server; relative paths from the files
 * imported with it (a saved page's `_files` folder, the images next to a `.md`), keyed by their
 * path relative to the imported file's folder.
 */
/**
 * The images of a text made again from its kept source (`articles/restoreText`): those kept at
 * import, by the address the source gives them, and `data:` URIs from the source itself.
 */
export function keptImageSource(kept: ReadonlyMap<string, Uint8Array> = new Map()): ImageSource {
  return (src) => {
    if (/^data:/i.test(src)) return Promise.resolve(dataUriBytes(src));
    const bytes = kept.get(src);
    return Promise.resolve(bytes ? { bytes, contentType: null } : { omitted: OMITTED.notKept });
  };
}

export function importImageSource(options: {
  fetchWeb: boolean;
  files?: ReadonlyMap<string, Uint8Array>;
}): ImageSource {
  return (src) => {
    if (/^data:/i.test(src)) return Promise.resolve(dataUriBytes(src));
    if (isWeb(src)) {
      return options.fetchWeb ? webImageBytes(src) : Promise.resolve({ omitted: OMITTED.remoteForFile });
    }
    if (src.startsWith('//')) return Promise.resolve({ omitted: OMITTED.remoteForFile });
    if (hasScheme(src)) return Promise.resolve({ omitted: OMITTED.badAddress });
    const inFolder = folderPath(src);
    if (inFolder === null) return Promise.resolve({ omitted: OMITTED.outside });
    const bytes = options.files?.get(inFolder);
    return Promise.resolve(bytes ? { bytes, contentType: null } : { omitted: OMITTED.notIncluded });
  };
}
