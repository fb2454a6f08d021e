import type { ImageReference } from '../rich/article-builder';
import type { DomNode } from './dom-blocks';

/** Attributes lazy-loading scripts keep the real address in, before `src` (often a placeholder). */
const LAZY = ['data-src', 'data-original', 'data-lazy-src', 'data-url'];

function size(value: string | null): number | undefined {
  const number = Number.parseInt(value ?? '', 10);
  return Number.isFinite(number) && number > 0 && number < 100_000 ? number : undefined;
}

/** The largest candidate of a `srcset` ("a.jpg 480w, b.jpg 1080w" -> "b.jpg"). */
function largestOfSrcset(srcset: string | null): string | null {
  let best: { url: string; weight: number } | null = null;
  for (const candidate of (srcset ?? '').split(/,\s+/)) {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/);
    if (!url) continue;
    const weight = Number.parseFloat(descriptor) || 1;
    if (!best || weight > best.weight) best = { url, weight };
  }
  return best?.url ?? null;
}

/**
 * The image an `<img>` shows, as an address to resolve at import: a data URI, an absolute URL
 * (relative ones resolved against the page's address when it has one), or a path relative to a
 * saved page (`Page_files/photo.jpg`). Tracking pixels (1×1) and images without a source are none.
 */
export function imageOf(node: DomNode, base: string | null): ImageReference | null {
  const get = (name: string) => node.getAttribute?.(name) ?? null;
  const width = size(get('width'));
  const height = size(get('height'));
  if ((width !== undefined && width <= 2) || (height !== undefined && height <= 2)) return null;
  const placeholder = (value: string | null) =>
    !value || (/^data:image\/(gif|svg)/i.test(value) && value.length < 200);
  let src = LAZY.map(get).find((value) => value && !placeholder(value)) ?? get('src');
  if (placeholder(src)) src = largestOfSrcset(get('srcset') ?? get('data-srcset')) ?? src;
  if (!src || src.trim() === '') return null;
  src = src.trim();
  if (base && !src.startsWith('data:')) {
    try {
      src = new URL(src, base).href;
    } catch {
      return null;
    }
  }
  return {
    src,
    alt: (get('alt') ?? '').replace(/\s+/g, ' ').trim(),
    ...(width === undefined ? {} : { width }),
    ...(height === undefined ? {} : { height }),
  };
}
