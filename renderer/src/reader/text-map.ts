import type { BlockView as Block } from '../../../electron/contract/model';

/** One text node of a block and the article offset its first character has. */
interface Run {
  node: Text;
  start: number;
}

/**
 * The text nodes of a block element in document order, each with its article offset. An element
 * with `data-start` (the block, a table cell) sets the offset of the text that follows; text
 * nodes after it continue from there. Nested blocks (a list inside a list item) are theirs.
 */
function runsOf(element: HTMLElement): Run[] {
  const runs: Run[] = [];
  let offset = Number(element.dataset.start);
  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        runs.push({ node: child as Text, start: offset });
        offset += (child as Text).length;
      } else if (child instanceof HTMLElement && child.dataset.block === undefined) {
        if (child.dataset.start !== undefined) offset = Number(child.dataset.start);
        visit(child);
      }
    }
  };
  visit(element);
  return runs;
}

/** Where the blocks are in the page (article-dom.ts builds them progressively). */
export interface BlockNodes {
  /** Block `index`'s element, or undefined while it is not built. */
  element(index: number): HTMLElement | undefined;
  /** Block `index`'s element, built now if it was not. */
  ensure(index: number): HTMLElement | undefined;
  /** Its element, or the placeholder standing for it: in document order like the blocks. */
  nodeOf(index: number): Element | undefined;
}

/**
 * Maps between DOM positions in the rendered article and offsets into its plain text.
 * Each block element (`[data-block]`) holds its text in one or more text nodes (inline marks
 * such as links and emphasis are elements around them; table cells carry their own
 * `data-start`), so an offset is found by a binary search over the block's runs, built the
 * first time the block is needed. Nothing per mark of the Highlight API lives in the DOM.
 */
export class TextMap {
  readonly #runs = new Map<number, Run[]>();

  constructor(
    readonly blocks: readonly Block[],
    readonly nodes: BlockNodes,
    readonly textLength: number,
  ) {}

  /** Block `index`'s element, or undefined while it is not built. */
  element(index: number): HTMLElement | undefined {
    return this.nodes.element(index);
  }

  /** Index of the block that contains `offset` (the last block starting at or before it). */
  blockIndexAt(offset: number): number {
    let low = 0;
    let high = this.blocks.length - 1;
    let found = 0;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.blocks[mid]!.start <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /**
   * The text offset of a DOM boundary point, or null if it is outside the article. A point
   * between blocks maps to the next block's start (`bias: 'start'`) or the previous block's
   * end (`bias: 'end'`), so a triple-click selection does not spill into the next paragraph.
   */
  pointToOffset(node: Node, offset: number, bias: 'start' | 'end'): number | null {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    const blockElement = element?.closest<HTMLElement>('[data-block]');
    if (blockElement && this.nodes.element(Number(blockElement.dataset.block)) === blockElement) {
      const index = Number(blockElement.dataset.block);
      const block = this.blocks[index]!;
      const runs = this.runs(index);
      if (node.nodeType === Node.TEXT_NODE) {
        const run = runs.find((candidate) => candidate.node === node);
        if (run) return run.start + Math.min(offset, run.node.length);
      }
      return this.#elementPoint(runs, node, offset, bias) ?? (bias === 'start' ? block.start : block.end);
    }
    if (this.blocks.length === 0) return null;
    const point = document.createRange();
    try {
      point.setStart(node, offset);
    } catch {
      return null;
    }
    // First block element that comes after the point.
    let low = 0;
    let high = this.blocks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const node = this.nodes.nodeOf(mid);
      if (node && point.comparePoint(node, 0) > 0) high = mid;
      else low = mid + 1;
    }
    if (bias === 'start') return low < this.blocks.length ? this.blocks[low]!.start : this.textLength;
    return low > 0 ? this.blocks[low - 1]!.end : 0;
  }

  /** The text offsets a DOM range covers, or null when it does not touch the article text. */
  rangeToOffsets(range: AbstractRange): { start: number; end: number } | null {
    const start = this.pointToOffset(range.startContainer, range.startOffset, 'start');
    const end = this.pointToOffset(range.endContainer, range.endOffset, 'end');
    if (start === null || end === null || end <= start) return null;
    return { start, end };
  }

  /** A static range over `[start, end)` clipped to block `index`, or null if they do not meet. */
  blockRange(index: number, start: number, end: number): StaticRange | null {
    const block = this.blocks[index]!;
    const from = this.#position(index, Math.max(start, block.start), 'start');
    const to = this.#position(index, Math.min(end, block.end), 'end');
    if (!from || !to || Math.min(end, block.end) <= Math.max(start, block.start)) return null;
    if (from.node === to.node && to.offset <= from.offset) return null;
    return new StaticRange({
      startContainer: from.node,
      startOffset: from.offset,
      endContainer: to.node,
      endOffset: to.offset,
    });
  }

  /** A live DOM range over `[start, end)`, possibly across blocks (for measuring and selecting). */
  domRange(start: number, end: number): Range | null {
    const first = this.blockIndexAt(start);
    const last = this.blockIndexAt(Math.max(start, end - 1));
    const from = this.#position(first, start, 'start');
    const to = this.#position(last, Math.max(start, end), 'end');
    if (!from || !to) return null;
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  /**
   * The runs of block `index` (found once; the article's DOM does not change while mapped). A
   * block not built yet is built now: whatever maps an offset into a block is about to show it.
   */
  runs(index: number): Run[] {
    let runs = this.#runs.get(index);
    if (!runs) {
      const element = this.nodes.ensure(index);
      if (!element) return [];
      runs = runsOf(element);
      this.#runs.set(index, runs);
    }
    return runs;
  }

  /**
   * The DOM position of `offset` in block `index`. An offset between two runs (a table's cell
   * separator) or at a run boundary goes into the next run for a start and the previous one
   * for an end, so ranges never begin or end outside the text they cover.
   */
  #position(index: number, offset: number, bias: 'start' | 'end'): { node: Text; offset: number } | null {
    const runs = this.runs(index);
    if (runs.length === 0) return null;
    let low = 0;
    let high = runs.length - 1;
    // The last run starting at or before the offset (with bias 'end', strictly before, unless first).
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      const runStart = runs[mid]!.start;
      if (runStart < offset || (bias === 'start' && runStart === offset)) low = mid;
      else high = mid - 1;
    }
    const run = runs[low]!;
    const local = offset - run.start;
    if (local < 0) return { node: run.node, offset: 0 };
    if (local > run.node.length) {
      const next = runs[low + 1];
      if (bias === 'start' && next) return { node: next.node, offset: 0 };
      return { node: run.node, offset: run.node.length };
    }
    return { node: run.node, offset: local };
  }

  /** The offset of an element boundary point inside a block: the nearest run after (or before) it. */
  #elementPoint(runs: readonly Run[], node: Node, offset: number, bias: 'start' | 'end'): number | null {
    if (runs.length === 0) return null;
    const point = document.createRange();
    try {
      point.setStart(node, offset);
    } catch {
      return null;
    }
    // First run that starts after the point.
    let low = 0;
    let high = runs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (point.comparePoint(runs[mid]!.node, 0) > 0) high = mid;
      else low = mid + 1;
    }
    if (bias === 'start' && low < runs.length) return runs[low]!.start;
    const before = runs[low - 1];
    if (before) return before.start + before.node.length;
    return runs[0]!.start;
  }
}
