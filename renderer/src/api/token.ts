const KEY = 'gloss.token';

/**
 * Browser mode's access token. It arrives once in the URL (`?token=...`); we keep it in this
 * origin's localStorage and take it out of the address bar, so it is not left in history,
 * bookmarks or screenshots. localStorage (not sessionStorage) so a tab the bookmarklet opens
 * (`/#/import?url=…`, see HelpDialog) can ask Gloss too: only Gloss's own pages can read it
 * (other sites are other origins), and it is worthless after Gloss restarts (a new token).
 */
export function readToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    localStorage.setItem(KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return localStorage.getItem(KEY);
}
