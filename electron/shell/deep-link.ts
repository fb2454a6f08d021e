/**
 * `gloss://` deep links from outside (a bookmarklet, another app): what they ask, checked before
 * anything happens. The shell registers the scheme with the OS; a link only ever *asks*: an
 * import is confirmed by the user first (a web page must not be able to fill someone's library),
 * and opening needs an article that exists. `gloss://app/...` is the app's own page protocol,
 * never a deep link.
 */

import type { DeepLink } from '../contract/server-events';

/** A deep link, or why it is not one (said in plain words, for the log and the user). */
export type DeepLinkResult =
  { ok: true; link: Exclude<DeepLink, { kind: 'refused' }> } | { ok: false; reason: string };

// Ids as the core makes them (12 URL-safe characters) and accepts them.
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_LINK = 8192;

/** The address a `gloss://import` link names, if it is a web page Gloss may fetch. */
function webPage(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** Read `gloss://import?url=…` or `gloss://open?article=ID&highlight=ID`. */
export function parseDeepLink(raw: string): DeepLinkResult {
  if (raw.length > MAX_LINK) return { ok: false, reason: 'The link is too long.' };
  let link: URL;
  try {
    link = new URL(raw);
  } catch {
    return { ok: false, reason: 'That is not a link Gloss understands.' };
  }
  if (link.protocol !== 'gloss:') return { ok: false, reason: 'That is not a gloss:// link.' };
  // "gloss://import?url=…" has host "import"; "gloss:import?url=…" has it as the path.
  const action = (link.host || link.pathname.replace(/^\/+/, '')).replace(/\/+$/, '').toLowerCase();
  if (action === 'import') {
    const url = webPage(link.searchParams.get('url'));
    if (!url) return { ok: false, reason: 'The link does not name a web page (http: or https:) to import.' };
    return { ok: true, link: { kind: 'import', url } };
  }
  if (action === 'open') {
    const articleId = link.searchParams.get('article') ?? '';
    const highlightId = link.searchParams.get('highlight');
    if (!ID.test(articleId)) return { ok: false, reason: 'The link does not name an article.' };
    if (highlightId !== null && !ID.test(highlightId))
      return { ok: false, reason: 'The link names a highlight Gloss cannot have.' };
    return { ok: true, link: { kind: 'open', articleId, highlightId } };
  }
  return {
    ok: false,
    reason: `Gloss links can import a page or open an article, not “${action.slice(0, 40)}”.`,
  };
}

/** The deep link among a second instance's command line (Windows and Linux pass it as an argument). */
export function deepLinkInArgs(argv: readonly string[]): string | null {
  return argv.find((arg) => /^gloss:/i.test(arg) && !/^gloss:\/\/app\//i.test(arg)) ?? null;
}
