/** The DOM members chrome removal needs (linkedom's document has them). */
interface ChromeDocument {
  querySelectorAll(selector: string): ArrayLike<ChromeElement>;
}
interface ChromeElement {
  remove(): void;
  textContent: string | null;
  parentElement: ChromeElement | null;
  nodeName: string;
  getAttribute(name: string): string | null;
}

/** Elements that are a page's furniture wherever they are: menus, forms, dialogs, banners. */
const FURNITURE = [
  'nav',
  'aside',
  'form',
  'dialog',
  'button',
  'iframe',
  'noscript',
  '[role="navigation"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[role="search"]',
  '[aria-modal="true"]',
  'body > footer',
  'body > header',
].join(', ');

/** Class or id names of consent banners, paywall prompts, share bars and "most read" boxes. */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|cmp|newsletter|subscribe|paywall|share|sharing|social|most-?read|most-?popular|trending|related|recommended|promo|advert|ad-slot|breadcrumbs?|skip-link)(?:$|[\s_-])/i;

/** Headings that introduce a box of other stories, not a section of the article. */
const LIST_HEADING =
  /^(?:most (?:read|popular|viewed|shared)|trending(?: now)?|related(?: stories| articles| content| news)?|more (?:from|on|stories)\b.*|recommended(?: for you)?|read (?:more|next)|top stories|you may also like|popular now|latest news)$/i;

/** The label of an ad slot, or the link that skips it ("Advertisement", "SKIP ADVERTISEMENT"). */
const AD_LABEL = /^(?:skip )?advertisements?$/i;

/**
 * Take a page's chrome out before extraction: navigation, forms, dialogs and cookie banners,
 * elements named like share bars or "most read" boxes, and the box under a heading such as
 * "Most read", and ad slots' labels. Readability would score most of it low; removing it first keeps it out of short
 * articles too, where Readability keeps more of the page.
 */
export function removeChrome(document: ChromeDocument): void {
  for (const element of Array.from(document.querySelectorAll(FURNITURE))) element.remove();
  for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
    if (['HTML', 'BODY', 'ARTICLE', 'MAIN'].includes(element.nodeName)) continue;
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (FURNITURE_NAME.test(names) && (element.textContent ?? '').length < 2000) element.remove();
  }
  for (const element of Array.from(document.querySelectorAll('p, span, div, a'))) {
    if (AD_LABEL.test((element.textContent ?? '').replace(/\s+/g, ' ').trim())) element.remove();
  }
  for (const heading of Array.from(document.querySelectorAll('h2, h3, h4, h5, h6'))) {
    if (!LIST_HEADING.test((heading.textContent ?? '').replace(/\s+/g, ' ').trim())) continue;
    const box = heading.parentElement;
    if (
      box &&
      !['BODY', 'ARTICLE', 'MAIN', 'HTML'].includes(box.nodeName) &&
      (box.textContent ?? '').length < 3000
    )
      box.remove();
    else heading.remove();
  }
}
