/** Largest image Gloss keeps: a full-width news photo is 0.2–2 MB. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Most images one article keeps (a gallery page beyond that is mostly thumbnails). */
export const MAX_ARTICLE_IMAGES = 100;
/** Most bytes of images one article keeps. */
export const MAX_ARTICLE_IMAGE_BYTES = 50 * 1024 * 1024;
/** How long one image fetch may take, and all of an article's image fetches together. */
export const IMAGE_FETCH_TIMEOUT_MS = 15_000;
export const ARTICLE_IMAGES_TIME_MS = 60_000;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Why an image was left out, as the reader shows it after "Image not kept: ". */
export const OMITTED = {
  tooLarge: `too large (over ${megabytes(MAX_IMAGE_BYTES)})`,
  tooMany: `the article already keeps ${MAX_ARTICLE_IMAGES} images`,
  tooManyBytes: `the article's images already take ${megabytes(MAX_ARTICLE_IMAGE_BYTES)}`,
  svg: 'SVG images are not kept (they can run scripts)',
  notImage: 'not a PNG, JPEG, GIF, WebP or AVIF image',
  outside: 'its path leads outside the imported folder',
  notIncluded: 'the image file was not imported with the article',
  remoteForFile: 'it is on the web, and Gloss fetches nothing for a file',
  badAddress: 'its address is not valid',
  outOfTime: 'Gloss stopped fetching images after a minute',
  notKept: 'it was not kept when the article was imported',
} as const;
