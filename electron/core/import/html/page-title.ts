const SEPARATOR = /\s+[|\-–—:·•»/\\]\s+/;

function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** "Headline | Site", "Headline - Site", "Site: Headline" without the site's name. */
function withoutSite(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const site = siteName.toLowerCase();
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  if (parts.at(-1)!.toLowerCase() === site)
    return title
      .slice(0, title.toLowerCase().lastIndexOf(site))
      .replace(/\s+[|\-–—:·•»/\\]\s*$/, '')
      .trim();
  if (parts[0]!.toLowerCase() === site)
    return title
      .slice(site.length)
      .replace(/^\s*[|\-–—:·•»/\\]\s+/, '')
      .trim();
  return title;
}

/**
 * The article's headline, as a reader would name it: the page's own headline metadata
 * (og:title, JSON-LD headline) or Readability's title, without the site's name; when the title
 * still carries a " | Section | Site" tail, the page's `<h1>` that starts it.
 */
export function pageTitle(options: {
  metaTitle: string | null;
  readabilityTitle: string | null;
  siteName: string | null;
  headings: string[];
}): string | null {
  const candidates = [options.metaTitle, options.readabilityTitle]
    .map(squash)
    .filter((title) => title !== '');
  for (const candidate of candidates) {
    const title = withoutSite(candidate, options.siteName);
    if (!SEPARATOR.test(title)) return title;
    const heading = options.headings.map(squash).find((h1) => h1.length >= 8 && title.startsWith(h1));
    if (heading) return heading;
  }
  const first = candidates[0];
  if (!first) return options.headings.map(squash).find((h1) => h1 !== '') ?? null;
  const heading = options.headings.map(squash).find((h1) => h1.length >= 8 && first.includes(h1));
  return heading ?? withoutSite(first, options.siteName);
}
