/**
 * Images kept offline with their article: resolved once at import (a fetched page's images, a
 * saved page's `_files` folder, `data:` URIs, images next to a `.md`), checked by their bytes,
 * bounded per image and per article, stored by content hash in `articles/<id>/media/`, and
 * served by Gloss itself (`media/<id>/<file>`, media-src.ts). Nothing here runs when reading (storage/media-file.ts finds a stored image to serve).
 */
export { keepImages, type KeptImages, type MediaFile } from './keep-images';
export { folderPath, importImageSource, keptImageSource, type ImageSource } from './image-sources';
export { MAX_IMAGE_BYTES, MAX_ARTICLE_IMAGES, MAX_ARTICLE_IMAGE_BYTES } from './image-limits';
