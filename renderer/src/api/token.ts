const KEY = 'gloss.token';

/**
 * Browser mode's access token. It arrives once in the URL (`?token=...`); we keep it for the
 * tab's lifetime in sessionStorage and take it out of the address bar, so it is not left in
 * history, bookmarks or screenshots.
 */
export function readToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(KEY);
}
