/**
 * The subset of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
 * Gloss writes (`export/annotations`): highlights as annotations on an article, with a
 * TextQuoteSelector and a TextPositionSelector on the article's address, notes as Markdown
 * `TextualBody`s, tags as `tagging` bodies, and the highlight color as a `styleClass` defined
 * by the annotation's own stylesheet. Types only.
 */

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/markdown';
}

export type WebSelector =
  | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
  | { type: 'TextPositionSelector'; start: number; end: number };

export interface WebAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: TextualBody[];
  /** Defines the class the target's `styleClass` names (the model's section 4.4). */
  stylesheet: { type: 'CssStylesheet'; value: string };
  target: {
    source: string;
    selector: WebSelector[];
    styleClass: string;
  };
}

export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  first?: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}
