const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/**
 * The absolute address a link may carry into the reader, or null: only `http:`, `https:` and
 * `mailto:` survive (a `javascript:` or `data:` link keeps its text and loses its address).
 * Relative addresses resolve against `base` (the page's URL) when there is one.
 */
export function safeHref(href: string | null | undefined, base?: string | null): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (!ALLOWED.has(url.protocol)) return null;
  return url.href;
}
