import type { Highlight } from '../../../electron/contract/model';
import { userLayer } from '../common/vocabulary';
import type { PaintMark } from './painter';

/** The marks the user's highlights paint: each anchored one in its color (orphans are not in the text). */
export function highlightMarks(highlights: readonly Highlight[]): PaintMark[] {
  return highlights
    .filter((highlight) => highlight.anchor !== 'orphan')
    .map((highlight) => ({ start: highlight.start, end: highlight.end, layer: userLayer(highlight.color) }));
}

/** Whether two lists paint the same: the same marks in the same order. */
export function sameMarks(a: readonly PaintMark[], b: readonly PaintMark[]): boolean {
  return (
    a.length === b.length &&
    a.every((mark, i) => mark.start === b[i]!.start && mark.end === b[i]!.end && mark.layer === b[i]!.layer)
  );
}
