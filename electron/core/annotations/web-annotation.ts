/** Constants of the Web Annotation format Gloss writes (types: contract/web-annotation.ts). */
import type { HighlightColor } from '../../contract/model';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The class an annotation's target carries for a highlight color. */
export const colorClass = (color: HighlightColor): string => `gloss-${color}`;

/** Light-theme tints, so another annotation tool that applies the stylesheet shows the colors. */
export const COLOR_CSS: Record<HighlightColor, string> = {
  yellow: '#fde68a',
  green: '#bbf7d0',
  blue: '#bfdbfe',
  pink: '#fbcfe8',
  purple: '#ddd6fe',
};
