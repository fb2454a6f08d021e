import type { InlineMark } from '../../../contract/model';

/**
 * Marks as the contract promises them: sorted by start (then longest first), and marks of one
 * kind never overlapping. Nested or adjacent marks of one kind (`<b>a<b>b</b></b>`) merge; a
 * link overlapping another link with a different address keeps the first.
 */
export function normalizeMarks(marks: readonly InlineMark[]): InlineMark[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const lastOfKind = new Map<string, InlineMark>();
  const out: InlineMark[] = [];
  for (const mark of sorted) {
    const last = lastOfKind.get(mark.kind);
    if (last && mark.start <= last.end) {
      if (mark.href === last.href && mark.start <= last.end) {
        last.end = Math.max(last.end, mark.end);
        continue;
      }
      if (mark.start < last.end) {
        if (mark.end <= last.end) continue;
        const clipped = { ...mark, start: last.end };
        out.push(clipped);
        lastOfKind.set(mark.kind, clipped);
        continue;
      }
    }
    const copy = { ...mark };
    out.push(copy);
    lastOfKind.set(mark.kind, copy);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
