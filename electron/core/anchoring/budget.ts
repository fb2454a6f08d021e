/**
 * A cap on the approximate-search work of re-anchoring. Myers' bit-parallel search does one
 * word operation per character of text for each 32-character block of the pattern, so its cost
 * is known before it runs: a search that would not fit is skipped (the highlight is then an
 * orphan), never started. Without a cap, highlights restored with long quotes that occur
 * nowhere would each scan the whole article on every open, and stall every other call.
 */

/** Work units of one approximate search of `patternLength` characters over `textLength`. */
export function searchCost(textLength: number, patternLength: number): number {
  return textLength * (Math.ceil(patternLength / 32) + 1);
}

/**
 * For one highlight: a 4,000-character quote searched near its old place (about 16,000
 * characters), or a 200-character one across a 300,000-character article. About 10–100 ms.
 */
export const HIGHLIGHT_BUDGET = 3_000_000;
/** For all the highlights of one article anchored in one call. */
export const ARTICLE_BUDGET = 4 * HIGHLIGHT_BUDGET;

let spentInProcess = 0;

/** All the work budgets have allowed in this process: what tests and benchmarks measure. */
export function anchoringWorkDone(): number {
  return spentInProcess;
}

export class AnchorBudget {
  #left: number;

  /** `parent`: a larger budget this one also draws from (an article's, for one highlight). */
  constructor(
    cells: number,
    private readonly parent?: AnchorBudget,
  ) {
    this.#left = cells;
  }

  /** Reserve `cost` units; false, with nothing spent, when this budget or a parent lacks them. */
  take(cost: number): boolean {
    if (!this.fits(cost)) return false;
    this.spend(cost);
    spentInProcess += cost;
    return true;
  }

  private fits(cost: number): boolean {
    return cost <= this.#left && (this.parent?.fits(cost) ?? true);
  }

  private spend(cost: number): void {
    this.#left -= cost;
    this.parent?.spend(cost);
  }
}
