/** What chunking needs of a block. */
export interface ChunkBlock {
  kind: string;
  start: number;
  end: number;
}

/** A run of consecutive blocks built into the page together: blocks `first..last` (inclusive). */
export interface Chunk {
  first: number;
  last: number;
  /** The text offsets the chunk covers: its first block's start and its last block's end. */
  start: number;
  end: number;
  /** The height it is shown with until it is built (em of the article's font): an estimate. */
  estimateEm: number;
}

/**
 * About 8,000 characters (a few screens, some 25 paragraphs): built in a few milliseconds, so
 * building a chunk, even on a loaded machine, stays far under a 50 ms task.
 */
export const CHUNK_CHARS = 8000;

/** Characters per line of the reading column (68ch wide) and line height, for estimates. */
const CHARS_PER_LINE = 72;
const LINE_EM = 1.7;
const GAP_EM = 1.05;
const FIXED_EM: Record<string, number> = { figure: 20, table: 10, rule: 4, heading: 4 };

/** A block's height with the gap before it, estimated from its text (em). */
function estimateEm(block: ChunkBlock): number {
  const fixed = FIXED_EM[block.kind];
  if (fixed !== undefined) return fixed;
  return Math.max(1, Math.ceil((block.end - block.start) / CHARS_PER_LINE)) * LINE_EM + GAP_EM;
}

/**
 * The article's blocks cut into chunks of about `budget` characters, in order, covering every
 * block once. A run of list items is never cut (its `<ul>`/`<ol>` is built whole), so a chunk may
 * be larger than the budget when a list is.
 */
export function planChunks(blocks: readonly ChunkBlock[], budget = CHUNK_CHARS): Chunk[] {
  const chunks: Chunk[] = [];
  let first = 0;
  let chars = 0;
  let estimate = 0;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    chars += block.end - block.start;
    estimate += estimateEm(block);
    const next = blocks[index + 1];
    const inList = block.kind === 'list-item' && next?.kind === 'list-item';
    if (next && (chars < budget || inList)) continue;
    chunks.push({ first, last: index, start: blocks[first]!.start, end: block.end, estimateEm: estimate });
    first = index + 1;
    chars = 0;
    estimate = 0;
  }
  return chunks;
}

/** Index of the chunk holding block `index` (binary search). */
export function chunkOfBlock(chunks: readonly Chunk[], index: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (chunks[mid]!.first <= index) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The order chunks are built in when the article opens at chunk `at`: that one, then the ones
 * after it (the reader reads on), then the ones before it, nearest first.
 */
export function buildOrder(count: number, at: number): number[] {
  const order: number[] = [];
  for (let index = at; index < count; index++) order.push(index);
  for (let index = at - 1; index >= 0; index--) order.push(index);
  return order;
}
