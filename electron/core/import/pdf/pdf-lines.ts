import { getDocumentProxy } from 'unpdf';

/** One line of a PDF's text layer, in PDF units (points, y from the bottom of the page). */
export interface PdfLine {
  text: string;
  x: number;
  y: number;
  /** The font size (the text's height). */
  size: number;
  width: number;
  /** 1-based. */
  page: number;
}

export interface PdfPage {
  number: number;
  height: number;
  lines: PdfLine[];
}

/** A PDF's text layer, line by line per page, with what its document info says. */
export interface PdfText {
  pages: PdfPage[];
  title: string | null;
  author: string | null;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

const isTextItem = (item: object): item is TextItem => 'str' in item && 'transform' in item;
const textItems = (items: object[]): TextItem[] => items.filter(isTextItem);

/** Items in content order become lines: a new line where the baseline moves or the PDF says so. */
function linesOf(items: TextItem[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: PdfLine | null = null;
  for (const item of items) {
    const [a = 0, b = 0, , d = 0, x = 0, y = 0] = item.transform;
    // Rotated text (stamps, margin notes) is not part of the article's flow.
    if (Math.abs(b) > 0.01) continue;
    const size = Math.max(item.height, Math.abs(d), Math.abs(a));
    if (item.str !== '') {
      if (line && Math.abs(line.y - y) < Math.max(line.size, size) * 0.5) {
        const gap = x - (line.x + line.width);
        const joinWithSpace = gap > size * 0.15 && !/\s$/.test(line.text) && !/^\s/.test(item.str);
        line.text += (joinWithSpace ? ' ' : '') + item.str;
        line.width = Math.max(line.width, x + item.width - line.x);
        line.size = Math.max(line.size, size);
      } else {
        if (line) lines.push(line);
        line = { text: item.str, x, y, size, width: item.width, page };
      }
    }
    if (item.hasEOL && line) {
      lines.push(line);
      line = null;
    }
  }
  if (line) lines.push(line);
  return lines
    .map((each) => ({ ...each, text: each.text.replace(/\s+/g, ' ').trim() }))
    .filter((each) => each.text !== '');
}

function infoString(info: unknown, key: string): string | null {
  const value = (info as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Read a PDF's text layer (pdf.js, through unpdf's build for servers and workers). */
export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes the buffer over; the caller's bytes stay usable.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const [, y0 = 0, , y1 = 0] = page.view;
      pages.push({ number, height: y1 - y0, lines: linesOf(textItems(content.items), number) });
      page.cleanup();
    }
    const { info } = await pdf.getMetadata().catch(() => ({ info: null }));
    return { pages, title: infoString(info, 'Title'), author: infoString(info, 'Author') };
  } finally {
    // Ends the document's (in-thread) pdf.js worker and frees its memory.
    await pdf.loadingTask.destroy();
  }
}
