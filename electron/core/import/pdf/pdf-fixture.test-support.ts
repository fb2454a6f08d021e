import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

/** What a fixture page holds, top to bottom: headings, paragraphs (as their lines), list items. */
export type FixtureItem =
  { heading: string; size?: number } | { lines: string[]; indent?: boolean } | { bullet: string };

export interface FixturePdf {
  pages: FixtureItem[][];
  /** Printed at the top of every page (a running header). */
  header?: string;
  /** Print "Page N of M" at the foot of every page. */
  pageNumbers?: boolean;
  /** Document info. */
  title?: string;
  author?: string;
  /** Pages with only a drawn picture and no text, as a scan has. */
  scanned?: boolean;
  /** Bytes of an embedded file, to make the PDF as large as one with pictures and fonts. */
  ballast?: Uint8Array;
}

const BODY = 11;

/** A PDF with a real text layer, laid out the way word processors set an article (A4, Times). */
export async function makePdf(spec: FixturePdf): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (spec.title) doc.setTitle(spec.title);
  if (spec.author) doc.setAuthor(spec.author);
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  for (const [index, items] of spec.pages.entries()) {
    const page = doc.addPage([595, 842]);
    if (spec.scanned) {
      page.drawRectangle({ x: 50, y: 100, width: 495, height: 650, color: rgb(0.9, 0.9, 0.88) });
      continue;
    }
    if (spec.header) page.drawText(spec.header, { x: 72, y: 805, size: 9, font });
    if (spec.pageNumbers)
      page.drawText(`Page ${index + 1} of ${spec.pages.length}`, { x: 260, y: 36, size: 9, font });
    let y = 760;
    for (const item of items) {
      if ('heading' in item) {
        const size = item.size ?? 15;
        y -= size * 0.6;
        page.drawText(item.heading, { x: 72, y, size, font: bold });
        y -= size * 1.6;
      } else if ('bullet' in item) {
        page.drawText(`• ${item.bullet}`, { x: 84, y, size: BODY, font });
        y -= BODY * 1.3;
      } else {
        for (const [i, line] of item.lines.entries()) {
          page.drawText(line, { x: item.indent && i === 0 ? 90 : 72, y, size: BODY, font });
          y -= BODY * 1.3;
        }
        y -= BODY * 0.9;
      }
    }
  }
  if (spec.ballast) await doc.attach(spec.ballast, 'pictures.bin', { mimeType: 'application/octet-stream' });
  return doc.save();
}
