/**
 * The "Send to Gloss" bookmarklet: run on any web page, it asks Gloss to import that page.
 * The desktop app gets a `gloss://import` link (the OS hands it to Gloss); browser mode opens
 * Gloss's own confirmation page (`/#/import?url=…`) in a new tab. Either way the page only
 * asks: Gloss imports after the user says Import, in Gloss. The bookmarklet carries no token
 * (the page it runs on could read it).
 */
export function bookmarklet(mode: 'desktop' | 'browser', origin: string): string {
  if (mode === 'desktop')
    return "javascript:location.href='gloss://import?url='+encodeURIComponent(location.href)";
  // An origin is scheme, host and port: nothing in it can end the quoted string.
  const base = new URL(origin).origin;
  return `javascript:void window.open('${base}/#/import?url='+encodeURIComponent(location.href))`;
}
