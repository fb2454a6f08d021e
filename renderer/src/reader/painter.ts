import { IntervalIndex } from './interval-index';
import type { Interval } from './interval-index';
import type { TextMap } from './text-map';

/** A mark to paint: an interval of text and the `::highlight()` name that styles it. */
export interface PaintMark extends Interval {
  layer: string;
}

/** Independent sets of marks, each replaced as a whole (entities, user highlights, ...). */
export type PaintGroup = 'entities' | 'highlights' | 'pending' | 'focus' | 'flash' | 'find';

interface Painted {
  group: PaintGroup;
  highlight: Highlight;
  range: StaticRange;
}

/**
 * Paints marks with the CSS Custom Highlight API, only for blocks near the viewport
 * (DESIGN.md, "Renderer"): registering every range makes Blink rebuild all markers on any DOM
 * change, so ranges are added when a block comes near the viewport and dropped when it leaves.
 * Nothing here touches React state; a mark costs one StaticRange while its block is on screen.
 *
 * What is near the viewport is looked up (a binary search over the blocks) on every scroll and
 * whenever the view or the article changes size, not observed per block: an
 * IntersectionObserver on each of a long article's 4,000 blocks cost Chromium about a third of
 * the main thread's time while scrolling (its intersections are computed every frame).
 */
export class Painter {
  private readonly highlights = new Map<string, Highlight>();
  private readonly indexes = new Map<PaintGroup, IntervalIndex<PaintMark>>();
  private readonly painted = new Map<number, Painted[]>();
  private readonly hidden = new Set<string>();
  private readonly resizes: ResizeObserver;
  private frame = 0;

  constructor(
    private readonly map: TextMap,
    private readonly root: HTMLElement,
    layers: { name: string; priority: number }[],
  ) {
    for (const { name, priority } of layers) {
      const highlight = new Highlight();
      highlight.priority = priority;
      this.highlights.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    // After layout, before paint: a resized window or panel, a font setting, blocks whose
    // estimated size (`content-visibility`) became their real one, are painted in that frame.
    this.resizes = new ResizeObserver(() => this.paintVisibleNow());
  }

  /**
   * Paint what is on screen now, synchronously, then follow the viewport: every scroll paints
   * the blocks it brings near the view before its frame (scroll events run before rendering),
   * and once more in the frame's rAF, after layout has settled sizes estimated until then; a
   * change of the view's or the content's size (whatever the scroller holds) paints too.
   */
  start(): void {
    this.paintVisibleNow();
    this.resizes.observe(this.root);
    for (const child of this.root.children) this.resizes.observe(child);
    this.root.addEventListener('scroll', this.onScroll, { passive: true });
  }

  private readonly onScroll = (): void => {
    this.paintVisibleNow();
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.paintVisibleNow();
    });
  };

  /** Replace one group's marks and repaint the blocks currently near the viewport. */
  setMarks(group: PaintGroup, marks: Iterable<PaintMark>): void {
    this.indexes.set(group, new IntervalIndex(marks));
    for (const index of this.painted.keys()) {
      this.unpaintBlock(index, group);
      this.paintBlock(index, group);
    }
  }

  /** Hide or show layers without dropping their ranges (a per-type toggle is instant). */
  setHidden(names: Iterable<string>): void {
    this.hidden.clear();
    for (const name of names) this.hidden.add(name);
    for (const [name, highlight] of this.highlights) {
      if (this.hidden.has(name)) CSS.highlights.delete(name);
      else CSS.highlights.set(name, highlight);
    }
  }

  /**
   * Build ranges for the blocks near the viewport that have none, and drop those of blocks far
   * away. A block near the viewport whose chunk is not built yet is built first (article-dom.ts):
   * this runs before every frame that scrolls or resizes, so no frame shows a block unbuilt or
   * unmarked.
   */
  paintVisibleNow(): void {
    const view = this.root.getBoundingClientRect();
    const margin = view.height / 2;
    const map = this.map;
    for (const index of [...this.painted.keys()]) {
      const rect = map.element(index)!.getBoundingClientRect();
      if (rect.bottom < view.top - 2 * margin || rect.top > view.bottom + 2 * margin)
        this.unpaintBlock(index);
    }
    // Blocks not built yet are found by their chunk's placeholder; building it moves what follows.
    const bottomOf = (index: number) => map.nodes.nodeOf(index)?.getBoundingClientRect().bottom ?? 0;
    let low = 0;
    let high = map.blocks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (bottomOf(mid) >= view.top - margin) high = mid;
      else low = mid + 1;
    }
    for (let index = low; index < map.blocks.length; index++) {
      const element = map.nodes.ensure(index);
      const rect = element?.getBoundingClientRect();
      if (!rect || rect.top > view.bottom + margin) break;
      if (rect.bottom >= view.top - margin && !this.painted.has(index)) this.paintAll(index);
    }
  }

  dispose(): void {
    this.resizes.disconnect();
    this.root.removeEventListener('scroll', this.onScroll);
    cancelAnimationFrame(this.frame);
    for (const [name, highlight] of this.highlights) {
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
      highlight.clear();
    }
    this.painted.clear();
  }

  private paintAll(index: number): void {
    this.painted.set(index, []);
    for (const group of this.indexes.keys()) this.paintBlock(index, group);
  }

  private paintBlock(index: number, group: PaintGroup): void {
    const block = this.map.blocks[index]!;
    const marks = this.indexes.get(group)?.overlapping(block.start, block.end) ?? [];
    const painted = this.painted.get(index) ?? [];
    for (const mark of marks) {
      const highlight = this.highlights.get(mark.layer);
      const range = highlight && this.map.blockRange(index, mark.start, mark.end);
      if (!highlight || !range) continue;
      highlight.add(range);
      painted.push({ group, highlight, range });
    }
    this.painted.set(index, painted);
  }

  private unpaintBlock(index: number, group?: PaintGroup): void {
    const painted = this.painted.get(index) ?? [];
    const kept: Painted[] = [];
    for (const item of painted) {
      if (group && item.group !== group) kept.push(item);
      else item.highlight.delete(item.range);
    }
    if (group) this.painted.set(index, kept);
    else this.painted.delete(index);
  }
}
