import { randomUUID } from 'node:crypto';
import type { Highlight } from '../../contract/model';
import { targetSource, type AnnotatedArticle } from './target-source';
import type {
  AnnotationCollection,
  TextualBody,
  WebAnnotation,
  WebSelector,
} from '../../contract/web-annotation';
import { ANNOTATION_CONTEXT, COLOR_CSS, colorClass } from './web-annotation';

/** An article and its highlights, anchored in its current text. */
export interface AnnotatedHighlights {
  article: AnnotatedArticle;
  highlights: Highlight[];
}

/** The model's dates are xsd:dateTime with a time zone; Gloss stores ISO strings in UTC. */
const dateTime = (iso: string): string => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

function selectors(highlight: Highlight): WebSelector[] {
  const quote: WebSelector = {
    type: 'TextQuoteSelector',
    exact: highlight.exact,
    prefix: highlight.prefix,
    suffix: highlight.suffix,
  };
  // A highlight that no longer anchors has no position in the current text worth stating.
  if (highlight.anchor === 'orphan') return [quote];
  return [quote, { type: 'TextPositionSelector', start: highlight.start, end: highlight.end }];
}

function bodies(highlight: Highlight): TextualBody[] {
  const body: TextualBody[] = [];
  const note = highlight.note.markdown.trim();
  if (note !== '')
    body.push({ type: 'TextualBody', value: note, format: 'text/markdown', purpose: 'commenting' });
  for (const tag of highlight.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return body;
}

/** One highlight as a Web Annotation. Its id is stable, so a re-export describes the same annotation. */
export function toWebAnnotation(article: AnnotatedArticle, highlight: Highlight): WebAnnotation {
  const body = bodies(highlight);
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:gloss:highlight:${article.id}:${highlight.id}`,
    type: 'Annotation',
    motivation: body.some((item) => item.purpose === 'commenting') ? 'commenting' : 'highlighting',
    created: dateTime(highlight.createdAt),
    modified: dateTime(highlight.updatedAt),
    ...(body.length > 0 ? { body } : {}),
    stylesheet: {
      type: 'CssStylesheet',
      value: `.${colorClass(highlight.color)} { background-color: ${COLOR_CSS[highlight.color]}; }`,
    },
    target: {
      source: targetSource(article),
      selector: selectors(highlight),
      styleClass: colorClass(highlight.color),
    },
  };
}

/**
 * Highlights of several articles as one AnnotationCollection (JSON-LD), its annotations in one
 * embedded page, articles in the given order and each article's highlights in text order.
 */
export function toAnnotationCollection(
  articles: readonly AnnotatedHighlights[],
  generated = new Date().toISOString(),
): AnnotationCollection {
  const items = articles.flatMap(({ article, highlights }) =>
    [...highlights]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((h) => toWebAnnotation(article, h)),
  );
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:${randomUUID()}`,
    type: 'AnnotationCollection',
    label: 'Highlights and notes from Gloss',
    total: items.length,
    generated: dateTime(generated),
    ...(items.length > 0 ? { first: { type: 'AnnotationPage', startIndex: 0, items } } : {}),
  };
}
