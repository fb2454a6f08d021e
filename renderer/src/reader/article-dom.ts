import type { BlockView as Block, InlineMark } from '../../../electron/contract/model';
import { buildOrder, chunkOfBlock, planChunks, type Chunk } from './article-chunks';
import { segmentElements, type BlockContext } from './block-dom';
import { marksByBlock } from './inline-tree';

/**
 * The text at the end of an article that is always laid out (no `content-visibility`), a few
 * screens: End jumps to the bottom of the laid-out page, so its height must be the real one
 * there, not an estimate that grows once the last blocks are rendered (End would take two
 * presses). It is built when the article opens, with the first screen.
 */
const SETTLED_TAIL_CHARS = 8000;

/** Built with the first frame around the offset the article opens at: a screen before, a few after. */
const OPEN_BEFORE_CHARS = 2000;
const OPEN_AFTER_CHARS = 10_000;

/** A background step builds chunks for at most this long, then yields to input and frames. */
const STEP_MS = 8;

/**
 * The article's blocks as DOM, built progressively (issue 12): a long article has thousands of
 * blocks, and building them all in one task froze the window for most of a second. The blocks
 * around the offset the article opens at, and its tail, are built at once; the rest in chunks
 * of a few thousand characters from idle callbacks, each a few milliseconds, nearest first.
 * Until built, a chunk is one empty placeholder of about its height. Anything that needs a
 * block (painting it, mapping an offset into it, scrolling to it) builds its chunk first, at
 * once (`ensure`), so a jump to any part of the article lands exactly, in one step, and marks
 * are painted before the frame that first shows a block.
 *
 * Plain DOM, not React: the blocks never change while the article is open (marks are painted
 * outside them, painter.ts), and a chunk must be buildable synchronously from anywhere (a scroll
 * handler, a layout effect), which React's commits are not; it also keeps no fiber per block.
 */
export class ArticleDom {
  readonly chunks: Chunk[];
  private readonly context: BlockContext;
  private readonly elements: (HTMLElement | undefined)[];
  /** Each chunk's placeholder while it is not built, null once it is. */
  private placeholders: (HTMLElement | null)[] = [];
  private container: HTMLElement | null = null;
  private queue: number[] = [];
  private idle = 0;

  constructor(
    text: string,
    readonly blocks: readonly Block[],
    marks: readonly InlineMark[],
  ) {
    this.chunks = planChunks(blocks);
    this.elements = new Array<HTMLElement | undefined>(blocks.length);
    this.context = {
      text,
      marks: marksByBlock(blocks, marks),
      settledFrom: text.length - SETTLED_TAIL_CHARS,
    };
  }

  /**
   * Fill `container`: placeholders for every chunk, the chunks around `openAt` and the tail
   * built now, the rest queued for idle time.
   */
  mount(container: HTMLElement, openAt: number): void {
    this.container = container;
    const placeholders = this.chunks.map((chunk, index) => {
      const placeholder = document.createElement('div');
      placeholder.className = 'chunk-placeholder';
      placeholder.dataset.chunk = String(index);
      placeholder.setAttribute('aria-hidden', 'true');
      placeholder.style.height = `${chunk.estimateEm.toFixed(1)}em`;
      return placeholder;
    });
    container.replaceChildren(...placeholders);
    this.placeholders = placeholders;
    const from = openAt - OPEN_BEFORE_CHARS;
    const to = openAt + OPEN_AFTER_CHARS;
    this.chunks.forEach((chunk, index) => {
      if ((chunk.end > from && chunk.start < to) || chunk.end > this.context.settledFrom) this.build(index);
    });
    const at = this.chunks.findIndex((chunk) => chunk.end >= openAt);
    this.queue = buildOrder(this.chunks.length, Math.max(0, at))
      .filter((index) => this.placeholders[index] !== null)
      .reverse();
    container.dataset.built = this.queue.length === 0 ? 'all' : 'partial';
    this.schedule();
  }

  /** Stop building and empty the container (the reader closes, or the article changes). */
  unmount(): void {
    cancelIdleCallback(this.idle);
    this.idle = 0;
    this.queue = [];
    this.container?.replaceChildren();
    this.container = null;
    this.elements.fill(undefined);
    this.placeholders = [];
  }

  /** Block `index`'s element, or undefined while its chunk is not built. */
  element(index: number): HTMLElement | undefined {
    return this.elements[index];
  }

  /** Block `index`'s element, building its chunk now if it is not built yet (null if not mounted). */
  ensure(index: number): HTMLElement | undefined {
    if (!this.elements[index] && this.container) this.build(chunkOfBlock(this.chunks, index));
    return this.elements[index];
  }

  /**
   * Where block `index` is in the page: its element, or its chunk's placeholder. In document
   * order like the blocks, so binary searches by position or by DOM order work over it.
   */
  nodeOf(index: number): Element | undefined {
    return this.elements[index] ?? this.placeholders[chunkOfBlock(this.chunks, index)] ?? undefined;
  }

  /**
   * Build every chunk not built yet, now: a copy of a selection that spans placeholders (select
   * all, a drag across a jump) must copy the text, not the gaps. The selection's boundaries move
   * with the nodes that replace the placeholders, so it still covers the same span.
   */
  buildAll(): void {
    this.placeholders.forEach((_, index) => this.build(index));
    this.queue = [];
  }

  /** Whether block `index` is built. */
  built(index: number): boolean {
    return this.elements[index] !== undefined;
  }

  private build(index: number): void {
    const placeholder = this.placeholders[index];
    if (!placeholder || !this.container) return;
    const chunk = this.chunks[index]!;
    const nodes = segmentElements(this.blocks, chunk.first, chunk.last, this.context);
    placeholder.replaceWith(...nodes);
    this.placeholders[index] = null;
    for (const node of nodes) {
      if (node.dataset.block !== undefined) this.elements[Number(node.dataset.block)] = node;
      for (const block of node.querySelectorAll<HTMLElement>('[data-block]'))
        this.elements[Number(block.dataset.block)] = block;
    }
    if (this.placeholders.every((item) => item === null)) this.container.dataset.built = 'all';
  }

  private schedule(): void {
    if (this.queue.length === 0) return;
    this.idle = requestIdleCallback((deadline) => {
      this.idle = 0;
      const start = performance.now();
      while (this.queue.length > 0 && performance.now() - start < STEP_MS && deadline.timeRemaining() > 1) {
        this.build(this.queue.pop()!);
      }
      this.schedule();
    });
  }
}
