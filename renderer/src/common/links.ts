const OPENABLE = ['http:', 'https:', 'mailto:'];

/**
 * The address to open for a link (in a note or an article), or null when it may not open: only absolute web and
 * mail links, never javascript:, data:, file:, tel: or a relative path (which would open Gloss
 * itself in a new tab).
 */
export function linkToOpen(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return OPENABLE.includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The address as the core will fetch it, or null when it is not an http(s) URL. */
export function webAddress(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url.href : null;
  } catch {
    return null;
  }
}

/** Where an article came from, for its row and header: the site (linked) for a web page, else the file name. */
export function articleOrigin(article: { source: string; url: string | null; siteName: string | null }): {
  label: string;
  href: string | null;
} {
  const href = webAddress(article.url ?? '') ?? webAddress(article.source);
  if (href) return { label: article.siteName ?? new URL(href).hostname.replace(/^www\./, ''), href };
  return { label: article.source.split(/[\\/]/).pop() ?? article.source, href: null };
}
