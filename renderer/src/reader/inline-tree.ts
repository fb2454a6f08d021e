import type { InlineMark, MarkKind } from '../../../electron/contract/model';

/** A run of text, or a mark wrapping runs and other marks, over article offsets. */
export type InlineNode =
  | { type: 'text'; start: number; end: number }
  | { type: 'mark'; mark: InlineMark; start: number; end: number; children: InlineNode[] };

/**
 * Outermost first. A link is outermost so that a link with some emphasis inside stays one `<a>`
 * (one tab stop, one click target); the others nest in a fixed order so runs sharing a mark
 * share its element.
 */
const NESTING: Record<MarkKind, number> = {
  link: 0,
  strong: 1,
  emphasis: 2,
  strike: 3,
  code: 4,
  sub: 5,
  sup: 6,
};

const outerFirst = (a: InlineMark, b: InlineMark) =>
  NESTING[a.kind] - NESTING[b.kind] || a.start - b.start || b.end - a.end;

/**
 * The inline tree of `[from, to)`: the text cut at every mark boundary, each run wrapped in the
 * marks over it. Marks of different kinds may overlap without nesting; such a mark is split
 * into one element per run of its parent, never reordered. Empty and out-of-range marks are
 * ignored. Text nodes of the tree, in order, cover `[from, to)` exactly.
 */
export function inlineTree(from: number, to: number, marks: readonly InlineMark[]): InlineNode[] {
  const inRange = marks.filter((mark) => mark.end > from && mark.start < to && mark.end > mark.start);
  if (inRange.length === 0) return to > from ? [{ type: 'text', start: from, end: to }] : [];
  const cuts = new Set([from, to]);
  for (const mark of inRange) {
    cuts.add(Math.max(from, mark.start));
    cuts.add(Math.min(to, mark.end));
  }
  const points = [...cuts].sort((a, b) => a - b);

  const root: InlineNode[] = [];
  // The open marks, outermost first, with the children list each one fills.
  const open: { mark: InlineMark; node: Extract<InlineNode, { type: 'mark' }> }[] = [];
  const childrenAt = (depth: number) => (depth === 0 ? root : open[depth - 1]!.node.children);
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const over = inRange.filter((mark) => mark.start <= start && mark.end >= end).sort(outerFirst);
    let shared = 0;
    while (shared < open.length && shared < over.length && open[shared]!.mark === over[shared]) shared++;
    open.length = shared;
    for (let depth = shared; depth < over.length; depth++) {
      const node: Extract<InlineNode, { type: 'mark' }> = {
        type: 'mark',
        mark: over[depth]!,
        start,
        end,
        children: [],
      };
      childrenAt(depth).push(node);
      open.push({ mark: over[depth]!, node });
    }
    for (const item of open) item.node.end = end;
    childrenAt(open.length).push({ type: 'text', start, end });
  }
  return root;
}

/**
 * Each block's marks, given marks sorted by start: for block `i`, the marks that overlap its
 * range. One pass over both lists.
 */
export function marksByBlock(
  blocks: readonly { start: number; end: number }[],
  marks: readonly InlineMark[],
): InlineMark[][] {
  const result: InlineMark[][] = blocks.map(() => []);
  let first = 0;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    while (first < marks.length && marks[first]!.start < block.start && marks[first]!.end <= block.start)
      first++;
    for (let m = first; m < marks.length && marks[m]!.start < block.end; m++) {
      if (marks[m]!.end > block.start) result[index]!.push(marks[m]!);
    }
  }
  return result;
}
