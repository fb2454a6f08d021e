import type { Highlight, InlineMark, MarkKind } from '../../contract/model';
import { blockquote, escapeInline, escapeLineStart } from './escape-markdown';

/** The kinds Markdown (CommonMark, GFM) can say; sub- and superscript stay plain text. */
const DELIMITERS: Partial<Record<MarkKind, string>> = { emphasis: '*', strong: '**', strike: '~~' };
const SHOWN: ReadonlySet<MarkKind> = new Set(['link', 'emphasis', 'strong', 'strike', 'code']);

/** A link's address as a Markdown destination, or null for anything but http(s) and mailto. */
export function linkDestination(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return null;
    // URL already encodes spaces, quotes and angle brackets; parentheses would end "(…)".
    return url.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  } catch {
    return null;
  }
}

/** Text as a code span: a fence longer than any run of backticks in it. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A mark clipped to [from, to), without white space at its ends (Markdown needs "*word*", not "* word*"). */
function clip(mark: InlineMark, text: string, from: number, to: number): InlineMark | null {
  let start = Math.max(mark.start, from);
  let end = Math.min(mark.end, to);
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return start < end ? { ...mark, start, end } : null;
}

const opener = (mark: InlineMark) => (mark.kind === 'link' ? '[' : (DELIMITERS[mark.kind] ?? ''));
const closer = (mark: InlineMark) =>
  mark.kind === 'link' ? `](${linkDestination(mark.href)})` : (DELIMITERS[mark.kind] ?? '');

/**
 * One line of the text, [from, to), as Markdown with its marks: a segment between two mark
 * boundaries is escaped text; delimiters nest (a mark that ends inside another is closed and the
 * other opened again), so overlapping marks still make valid Markdown. Code is a leaf.
 */
function markedLine(text: string, from: number, to: number, marks: readonly InlineMark[]): string {
  const inLine = marks.flatMap((mark) => clip(mark, text, from, to) ?? []);
  const cuts = [...new Set([from, to, ...inLine.flatMap((mark) => [mark.start, mark.end])])].sort(
    (a, b) => a - b,
  );
  const open: InlineMark[] = [];
  let out = '';
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const active = inLine.filter((mark) => mark.start <= start && mark.end >= end);
    // Close from the innermost out until every open mark is still active; reopen the survivors.
    const firstGone = open.findIndex((mark) => !active.includes(mark));
    if (firstGone >= 0) {
      const closed = open.splice(firstGone);
      out += closed.reverse().map(closer).join('');
    }
    // Longest-lasting first, so fewer marks are split.
    const fresh = active.filter((mark) => !open.includes(mark) && mark.kind !== 'code');
    fresh.sort((a, b) => b.end - a.end);
    for (const mark of fresh) {
      out += opener(mark);
      open.push(mark);
    }
    const piece = text.slice(start, end);
    const code = active.some((mark) => mark.kind === 'code');
    out += code ? codeSpan(piece) : out === '' ? escapeLineStart(piece) : escapeInline(piece);
  }
  return out + open.reverse().map(closer).join('');
}

/**
 * A highlight's quote, text[start, end), as a blockquote that keeps the article's links (http,
 * https and mailto only), emphasis, strong, strikethrough and code over its range, escaped as
 * `blockquote` escapes plain text. Lines and paragraphs as in `blockquote`.
 */
export function markedQuote(text: string, start: number, end: number, marks: readonly InlineMark[]): string {
  const shown = marks.filter(
    (mark) =>
      SHOWN.has(mark.kind) &&
      mark.end > start &&
      mark.start < end &&
      (mark.kind !== 'link' || linkDestination(mark.href)),
  );
  if (shown.length === 0) return blockquote(text.slice(start, end));
  const lines: string[] = [];
  // Each line of the quote, by its offsets in the text (blocks are "\n\n" apart).
  const breaks = /\r\n|\r|\n/g;
  const quote = text.slice(start, end);
  let lineStart = 0;
  for (;;) {
    const found = breaks.exec(quote);
    const lineEnd = found ? found.index : quote.length;
    const raw = quote.slice(lineStart, lineEnd);
    const from = start + lineStart + (raw.length - raw.trimStart().length);
    const to = start + lineStart + raw.trimEnd().length;
    if (to > from) lines.push(`> ${markedLine(text, from, to, shown)}`);
    else if (lines.length > 0 && lines[lines.length - 1] !== '>') lines.push('>');
    if (!found) break;
    lineStart = breaks.lastIndex;
  }
  while (lines[lines.length - 1] === '>') lines.pop();
  return lines.join('\n');
}

/**
 * A highlight's quote with the article's formatting where the quote is where it says; an orphan
 * (or a quote the text no longer has at its position) is plain text, as its marks would land on
 * other words.
 */
export function highlightQuote(
  highlight: Pick<Highlight, 'start' | 'end' | 'exact' | 'anchor'>,
  article: { text: string; marks?: readonly InlineMark[] },
): string {
  const { start, end, exact } = highlight;
  return highlight.anchor !== 'orphan' && article.text.slice(start, end) === exact
    ? markedQuote(article.text, start, end, article.marks ?? [])
    : blockquote(exact);
}
