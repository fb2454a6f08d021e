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
