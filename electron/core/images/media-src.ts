/**
 * How a figure names an image its article keeps: `media/<articleId>/<name>`, the address Gloss
 * serves it from (storage/media-file.ts parses it back for the transports).
 */
export const mediaSrc = (articleId: string, name: string): string => `media/${articleId}/${name}`;

/** The stored name of the article's kept image that `src` shows, or null when it shows none of them. */
export function keptMediaName(articleId: string, src: string | null | undefined): string | null {
  const prefix = mediaSrc(articleId, '');
  return src?.startsWith(prefix) ? src.slice(prefix.length) : null;
}
