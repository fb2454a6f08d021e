import type { Block } from '../../../electron/contract/model';

/**
 * Maps between DOM positions in the rendered article and offsets into its plain text.
 * Each block element (`[data-block]`) holds its block's text as one text node, so an offset is
 * the block's start plus the offset inside that node; nothing per mark lives in the DOM.
 */
export class TextMap {
  constructor(
    readonly blocks: readonly Block[],
    readonly elements: readonly HTMLElement[],
    readonly textLength: number,
  ) {}

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
    if (blockElement && this.elements.includes(blockElement)) {
      const block = this.blocks[Number(blockElement.dataset.block)]!;
      if (node.nodeType === Node.TEXT_NODE) return block.start + Math.min(offset, block.end - block.start);
      return offset === 0 ? block.start : block.end;
    }
    if (this.elements.length === 0) return null;
    const point = document.createRange();
    try {
      point.setStart(node, offset);
    } catch {
      return null;
    }
    // First block element that comes after the point.
    let low = 0;
    let high = this.elements.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (point.comparePoint(this.elements[mid]!, 0) > 0) high = mid;
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
    const from = Math.max(start, block.start) - block.start;
    const to = Math.min(end, block.end) - block.start;
    const node = this.elements[index]?.firstChild;
    if (!node || to <= from) return null;
    return new StaticRange({ startContainer: node, startOffset: from, endContainer: node, endOffset: to });
  }

  /** A live DOM range over `[start, end)`, possibly across blocks (for measuring and selecting). */
  domRange(start: number, end: number): Range | null {
    const first = this.blockIndexAt(start);
    const last = this.blockIndexAt(Math.max(start, end - 1));
    const startNode = this.elements[first]?.firstChild;
    const endNode = this.elements[last]?.firstChild;
    if (!startNode || !endNode) return null;
    const range = document.createRange();
    range.setStart(startNode, clamp(start - this.blocks[first]!.start, startNode));
    range.setEnd(endNode, clamp(end - this.blocks[last]!.start, endNode));
    return range;
  }
}

function clamp(offset: number, node: Node): number {
  return Math.max(0, Math.min(offset, node.textContent?.length ?? 0));
}
