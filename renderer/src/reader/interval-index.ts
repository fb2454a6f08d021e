/** Anything that covers `[start, end)` of an article's text (UTF-16 offsets, end exclusive). */
export interface Interval {
  start: number;
  end: number;
}

/**
 * Sorted intervals with O(log n) point and range queries, for mapping a caret offset to the
 * entity mention or highlight under it without any per-mark DOM. Overlaps are allowed (user
 * highlights may overlap): `maxEnd[i]` is the largest end among the first i+1 intervals, which
 * is non-decreasing and lets us binary search for the first interval that could still reach.
 */
export class IntervalIndex<T extends Interval> {
  readonly items: readonly T[];
  private readonly maxEnd: number[];

  constructor(items: Iterable<T>) {
    this.items = [...items]
      .filter((item) => item.end > item.start)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    this.maxEnd = [];
    let max = -Infinity;
    for (const item of this.items) {
      max = Math.max(max, item.end);
      this.maxEnd.push(max);
    }
  }

  get size(): number {
    return this.items.length;
  }

  /** Intervals that contain `offset` (start <= offset < end), innermost (latest start) first. */
  at(offset: number): T[] {
    const found: T[] = [];
    for (let i = this.lastStartingAtOrBefore(offset); i >= 0 && this.maxEnd[i]! > offset; i--) {
      const item = this.items[i]!;
      if (item.end > offset) found.push(item);
    }
    return found;
  }

  /** Intervals that overlap `[from, to)`, in start order. */
  overlapping(from: number, to: number): T[] {
    const found: T[] = [];
    for (let i = this.firstReaching(from); i < this.items.length; i++) {
      const item = this.items[i]!;
      if (item.start >= to) break;
      if (item.end > from) found.push(item);
    }
    return found;
  }

  /** The first interval starting after `offset`, or null. */
  next(offset: number): T | null {
    return this.items[this.lastStartingAtOrBefore(offset) + 1] ?? null;
  }

  /** The last interval starting before `offset`, or null. */
  previous(offset: number): T | null {
    return this.items[this.lastStartingAtOrBefore(offset - 1)] ?? null;
  }

  /** Index of the last item with start <= offset, or -1. */
  private lastStartingAtOrBefore(offset: number): number {
    let low = 0;
    let high = this.items.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.items[mid]!.start <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /** Index of the first item whose running max end exceeds `offset`. */
  private firstReaching(offset: number): number {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.maxEnd[mid]! > offset) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}
