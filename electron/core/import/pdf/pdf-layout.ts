import type { PdfLine, PdfPage } from './pdf-lines';
import { dropRunningLines } from './running-lines';

/** A block rebuilt from a PDF's lines, on the page it sits on. */
export type PdfBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; page: number }
  | { kind: 'paragraph'; text: string; page: number }
  | { kind: 'list-item'; ordered: boolean; number?: number; text: string; page: number };

/** Text at least this much larger than the body's is a heading. */
const HEADING_RATIO = 1.18;
const MAX_HEADING_WORDS = 20;
const BULLET = /^[•◦▪‣●○■□–-]\s+/;
const NUMBERED = /^(\d{1,3})[.)]\s+/;
// A line that ends like the end of a paragraph (a short last line then starts a new one).
const CLOSES = /[.!?:;"”’)\]]$/;

/** The size most of the text is set in: the body size. */
function bodySize(lines: PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, count] of weight) if (count > most) [best, most] = [size, count];
  return best;
}

/** The usual distance between the baselines of two body lines in a row. */
function lineSpacing(lines: PdfLine[], body: number): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    const gap = a.y - b.y;
    if (a.page === b.page && gap > 0 && Math.abs(a.size - body) < 0.5 && Math.abs(b.size - body) < 0.5)
      gaps.push(gap);
  }
  gaps.sort((x, y) => x - y);
  return gaps[Math.floor(gaps.length / 2)] ?? body * 1.2;
}

/** Join a line to the text before it, mending a word hyphenated across the break ("hyphen-" + "ated"). */
export function joinLine(before: string, line: string): string {
  if (/\p{L}\u00ad$/u.test(before)) return before.slice(0, -1) + line;
  if (/\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(line)) return before.slice(0, -1) + line;
  if (/[-–—/]$/.test(before)) return before + line;
  return `${before} ${line}`;
}

const isHeadingLine = (line: PdfLine, body: number) =>
  line.size >= body * HEADING_RATIO &&
  line.text.split(/\s+/).length <= MAX_HEADING_WORDS &&
  !/[.,;]$/.test(line.text);

/**
 * Paragraphs, headings and list items rebuilt from a PDF's lines: running headers, footers and
 * page numbers dropped; lines joined into paragraphs where the spacing, an indent or a short last
 * line does not say a new one starts; words hyphenated across lines mended. A paragraph that runs
 * on to the next page is split there, so every block is on one page (the rest of a word
 * hyphenated across the page break stays with its start).
 */
export function layOutPdf(input: PdfPage[]): { title: string | null; blocks: PdfBlock[] } {
  const pages = dropRunningLines(input);
  const lines = pages.flatMap((page) => page.lines);
  const body = bodySize(lines);
  const spacing = lineSpacing(lines, body);
  const headingSizes = [
    ...new Set(lines.filter((l) => isHeadingLine(l, body)).map((l) => Math.round(l.size))),
  ].sort((a, b) => b - a);
  const blocks: PdfBlock[] = [];
  let previous: PdfLine | null = null;
  let columnWidth = 0;
  let listX = 0;

  for (const page of pages) {
    columnWidth = Math.max(0, ...page.lines.filter((l) => Math.abs(l.size - body) < 0.5).map((l) => l.width));
    for (const line of page.lines) {
      const last = blocks[blocks.length - 1];
      if (isHeadingLine(line, body)) {
        const level = Math.min(3, headingSizes.indexOf(Math.round(line.size)) + 1) as 1 | 2 | 3;
        const continues =
          last?.kind === 'heading' &&
          previous !== null &&
          previous.page === line.page &&
          Math.abs(previous.size - line.size) < 0.5 &&
          previous.y - line.y < line.size * 1.6;
        if (continues) last.text = joinLine(last.text, line.text);
        else blocks.push({ kind: 'heading', level, text: line.text, page: line.page });
        previous = line;
        continue;
      }
      const bullet = BULLET.exec(line.text);
      const numbered = NUMBERED.exec(line.text);
      if (bullet || numbered) {
        listX = line.x;
        blocks.push({
          kind: 'list-item',
          ordered: Boolean(numbered),
          ...(numbered ? { number: Number(numbered[1]) } : {}),
          text: line.text.slice((bullet ?? numbered)![0].length),
          page: line.page,
        });
        previous = line;
        continue;
      }
      const samePage = previous?.page === line.page;
      const closeBelow = previous !== null && samePage && previous.y - line.y <= spacing * 1.45;
      // A list item's text wraps indented under its own first word, past the bullet.
      const inList = last?.kind === 'list-item';
      const startsNew =
        !last ||
        last.kind === 'heading' ||
        !closeBelow ||
        (inList ? line.x <= listX + 1 : line.x > previous!.x + body * 0.8) ||
        (!inList && previous!.width < columnWidth * 0.8 && CLOSES.test(previous!.text));
      if (startsNew && last && !samePage && last.kind !== 'heading' && /\p{Ll}[-\u00ad]$/u.test(last.text)) {
        // The word's start ends the last page: its rest goes there too, the line stays here.
        const [rest = '', ...others] = line.text.split(' ');
        last.text = joinLine(last.text, rest);
        if (others.length > 0) blocks.push({ kind: 'paragraph', text: others.join(' '), page: line.page });
      } else if (startsNew) {
        blocks.push({ kind: 'paragraph', text: line.text, page: line.page });
      } else {
        last.text = joinLine(last.text, line.text);
      }
      previous = line;
    }
  }
  const titleIndex = blocks.findIndex(
    (block) => block.kind === 'heading' && block.level === 1 && block.page === 1,
  );
  const title = titleIndex >= 0 ? blocks.splice(titleIndex, 1)[0]!.text : null;
  return { title, blocks };
}
