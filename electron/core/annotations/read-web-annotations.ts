/**
 * Annotations from another tool (or an earlier Gloss export), read into what Gloss needs to
 * re-create them as highlights. Reads the W3C Web Annotation Data Model in its JSON-LD form
 * (a collection with embedded pages, a page, a list, or one annotation) and Hypothesis's API
 * JSON (`{rows: [...]}`, whose targets use the same selectors). Whatever cannot become a
 * highlight (no text quote to anchor, a target that is not a text document) is skipped and
 * counted, never guessed.
 */
import type { HighlightColor } from '../../contract/model';
import { HIGHLIGHT_COLORS } from '../../contract/values';
import { GlossError } from '../errors';
import { stripHtml } from '../import/html-text';
import { colorClass } from './web-annotation';

/** One annotation as Gloss will re-create it. */
export interface IncomingAnnotation {
  source: string;
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number } | null;
  /** The note as Markdown (plain text and HTML bodies are carried over as text). */
  note: string;
  tags: string[];
  color: HighlightColor | null;
  created: string | null;
  modified: string | null;
}

export interface ReadAnnotations {
  annotations: IncomingAnnotation[];
  /** Annotations without a text quote to anchor (a whole page, an image region...). */
  skipped: number;
}

/** More than any reader makes; a bound on the work one import can ask for. */
export const MAX_ANNOTATIONS = 50_000;
const MAX_QUOTE = 10_000;
const MAX_NOTE = 1_000_000;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const types = (value: Json): string[] =>
  list(value.type).filter((item): item is string => typeof item === 'string');
const dateOrNull = (value: unknown): string | null => {
  const date = typeof value === 'string' ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
};

/** The annotations of a document, wherever its shape keeps them. */
function itemsOf(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  if (!isObject(document)) return [];
  if (Array.isArray(document.rows)) return document.rows; // Hypothesis API search results
  const kinds = types(document);
  if (kinds.includes('AnnotationCollection')) {
    return list(document.first).flatMap((page) => {
      if (typeof page === 'string') {
        throw new GlossError(
          'unsupported-file',
          'This annotation collection only links to its pages (first: a web address); Gloss reads collections whose annotations are in the file.',
        );
      }
      return isObject(page) ? list(page.items) : [];
    });
  }
  if (kinds.includes('AnnotationPage')) return list(document.items);
  return [document];
}

function colorOf(target: Json): HighlightColor | null {
  const classes = list(target.styleClass).map(text);
  return HIGHLIGHT_COLORS.find((color) => classes.includes(colorClass(color))) ?? null;
}

/** Notes and tags from W3C bodies (`body`, `bodyValue`) or Hypothesis's `text` and `tags`. */
function notesAndTags(annotation: Json): { note: string; tags: string[] } {
  const notes: string[] = [];
  const tags = list(annotation.tags).map(text).filter(Boolean);
  if (typeof annotation.text === 'string') notes.push(annotation.text);
  if (typeof annotation.bodyValue === 'string') notes.push(annotation.bodyValue);
  for (const body of list(annotation.body)) {
    if (typeof body === 'string' || !isObject(body)) continue; // a body elsewhere on the web
    const value = text(body.value);
    if (value.trim() === '') continue;
    if (list(body.purpose).includes('tagging')) tags.push(value.trim());
    else notes.push(text(body.format) === 'text/html' ? stripHtml(value) : value);
  }
  return { note: notes.join('\n\n').trim().slice(0, MAX_NOTE), tags: [...new Set(tags)] };
}

function selectorsOf(target: Json): Json[] {
  const selectors = list(target.selector).filter(isObject);
  // A refined selector narrows its parent; the quote it carries is what we anchor.
  return selectors.flatMap((selector) => [selector, ...list(selector.refinedBy).filter(isObject)]);
}

function fromTarget(annotation: Json, target: Json): IncomingAnnotation | null {
  const source = text(target.source) || text(annotation.uri);
  const selectors = selectorsOf(target);
  const quote = selectors.find((selector) => types(selector).includes('TextQuoteSelector'));
  const exact = text(quote?.exact);
  if (!source || exact.trim() === '' || exact.length > MAX_QUOTE) return null;
  const position = selectors.find((selector) => types(selector).includes('TextPositionSelector'));
  const start = position?.start;
  const end = position?.end;
  const validPosition =
    Number.isSafeInteger(start) &&
    Number.isSafeInteger(end) &&
    (start as number) >= 0 &&
    (end as number) > (start as number);
  return {
    source,
    quote: {
      exact,
      prefix: text(quote?.prefix).slice(-MAX_QUOTE),
      suffix: text(quote?.suffix).slice(0, MAX_QUOTE),
    },
    position: validPosition ? { start: start as number, end: end as number } : null,
    ...notesAndTags(annotation),
    color: colorOf(target),
    created: dateOrNull(annotation.created),
    modified: dateOrNull(annotation.modified ?? annotation.updated),
  };
}

/** Read a JSON document of annotations. Throws a GlossError a user can act on for anything else. */
export function readWebAnnotations(json: string): ReadAnnotations {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch {
    throw new GlossError(
      'unsupported-file',
      'This file is not JSON, so it cannot be a Web Annotation document.',
    );
  }
  const items = itemsOf(document);
  const looksLikeAnnotation = (item: unknown) =>
    isObject(item) && (types(item).includes('Annotation') || 'target' in item);
  if (!items.some(looksLikeAnnotation)) {
    throw new GlossError(
      'unsupported-file',
      'No annotations found: Gloss reads W3C Web Annotations (an AnnotationCollection, a page or a list of annotations) and Hypothesis exports.',
    );
  }
  if (items.length > MAX_ANNOTATIONS) {
    throw new GlossError(
      'too-large',
      `This file holds ${items.length.toLocaleString('en')} annotations; Gloss imports at most ${MAX_ANNOTATIONS.toLocaleString('en')} at once.`,
    );
  }
  const annotations: IncomingAnnotation[] = [];
  let skipped = 0;
  for (const item of items) {
    const found = isObject(item)
      ? list(item.target)
          .filter(isObject)
          .map((target) => fromTarget(item, target))
          .find(Boolean)
      : null;
    if (found) annotations.push(found);
    else skipped++;
  }
  return { annotations, skipped };
}
