import type { ArticleImage, Highlight, InlineMark } from '../../contract/model';
import { escapeInline } from './escape-markdown';
import { highlightQuote, linkDestination, markedQuote } from './quote-markdown';
import type { ExportFigure, ImageLink } from './types';

/**
 * A lone Markdown file carries no files: an image shows by its address on the web, when it had
 * one (the viewer fetches it), else not at all.
 */
export const webImage: ImageLink = (image) => linkDestination(image.url);

/** How many blocks may come before the figure that is the article's lead image (a standfirst). */
const LEAD_WITHIN = 1;

const altText = (image: ArticleImage) => escapeInline(image.alt.replace(/\s+/g, ' ').trim());

/**
 * An image as one line of Markdown: `![alt](destination)`, or, when the export cannot carry it,
 * its alt text in place, so the reader knows a picture was there and what it showed.
 */
export function imageMarkdown(image: ArticleImage, link: ImageLink): string {
  const destination = link(image);
  if (destination !== null) return `![${altText(image)}](${destination})`;
  const alt = altText(image);
  return alt === '' ? '*(image)*' : `*(image: ${alt})*`;
}

/**
 * The article's lead image, as a reader sees it at the top: its first figure when at most a
 * standfirst comes before it, and only when the export can show it (a missing picture at the top
 * says nothing worth a line).
 */
export function leadImage(figures: readonly ExportFigure[], link: ImageLink): string | null {
  const first = figures[0];
  if (!first || first.blockIndex > LEAD_WITHIN) return null;
  return link(first.image) === null ? null : imageMarkdown(first.image, link);
}

/**
 * A highlight's quote with the figures of its passage in place: a figure whose caption the
 * highlight covers, or that sits between two of its paragraphs, is `> ![alt](…)` in the quote,
 * followed by the part of its caption the highlight covers. Without figures (or for an orphan,
 * whose offsets no longer say where it is) it is the quote as `highlightQuote` makes it.
 */
export function passageQuote(
  highlight: Pick<Highlight, 'start' | 'end' | 'exact' | 'anchor'>,
  article: { text: string; marks?: readonly InlineMark[]; figures?: readonly ExportFigure[] },
  link: ImageLink,
): string {
  const { start, end } = highlight;
  const placed = highlight.anchor !== 'orphan' && article.text.slice(start, end) === highlight.exact;
  // An empty caption (start === end) is inside the highlight when strictly between its ends.
  const inside = placed
    ? (article.figures ?? []).filter((figure) => start < figure.end && figure.start < end)
    : [];
  if (inside.length === 0) return highlightQuote(highlight, article);
  const marks = article.marks ?? [];
  const pieces: string[] = [];
  let at = start;
  for (const figure of inside) {
    if (figure.start > at) pieces.push(markedQuote(article.text, at, figure.start, marks));
    pieces.push(`> ${imageMarkdown(figure.image, link)}`);
    const captionEnd = Math.min(figure.end, end);
    const captionStart = Math.max(figure.start, start);
    if (captionEnd > captionStart) pieces.push(markedQuote(article.text, captionStart, captionEnd, marks));
    at = Math.max(at, captionEnd);
  }
  if (at < end) pieces.push(markedQuote(article.text, at, end, marks));
  return pieces.filter((piece) => piece !== '').join('\n>\n');
}
