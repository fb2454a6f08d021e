import type { PdfPage } from './pdf-lines';

/** The top and bottom of a page where running headers, footers and page numbers sit. */
const MARGIN_SHARE = 0.1;

// "12", "- 12 -", "Page 12", "Page 12 of 30", "12 / 30", "xii": a page number and nothing else.
const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:page\s+)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;

/** A line's text with its numbers blanked, so "Page 3 · Report" and "Page 4 · Report" compare equal. */
const shape = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

function inMargin(y: number, page: PdfPage): 'top' | 'bottom' | null {
  if (y > page.height * (1 - MARGIN_SHARE)) return 'top';
  if (y < page.height * MARGIN_SHARE) return 'bottom';
  return null;
}

/**
 * The pages without their running headers, footers and page numbers: a line in the top or
 * bottom tenth of the page that is a page number, or whose text (numbers aside) recurs in the
 * same margin on at least two pages and a third of them.
 */
export function dropRunningLines(pages: PdfPage[]): PdfPage[] {
  const seen = new Map<string, Set<number>>();
  for (const page of pages) {
    for (const line of page.lines) {
      const zone = inMargin(line.y, page);
      if (!zone) continue;
      const key = `${zone}:${shape(line.text)}`;
      seen.set(key, (seen.get(key) ?? new Set()).add(page.number));
    }
  }
  const enough = Math.max(2, Math.ceil(pages.length / 3));
  return pages.map((page) => ({
    ...page,
    lines: page.lines.filter((line) => {
      const zone = inMargin(line.y, page);
      if (!zone) return true;
      if (PAGE_NUMBER.test(line.text)) return false;
      return (seen.get(`${zone}:${shape(line.text)}`)?.size ?? 0) < enough;
    }),
  }));
}
