/**
 * One term's postings as the engine keeps them (field number -> document number -> count),
 * read from the saved row only when the engine first looks at them. Building every term's maps
 * was most of a restart (10 million postings at 10,000 articles); a search looks at a few
 * hundred terms, so at a restart only those are built, the rest when a save writes them.
 *
 * `row` is the saved form (engine-form.ts): `[term, field, n, doc, count, …, field, n, …]`
 * with each doc number as the difference from the one before it.
 */
export class LazyPostings extends Map<number, Map<number, number>> {
  #row: readonly (string | number)[] | null;

  constructor(row: readonly (string | number)[]) {
    super();
    this.#row = row;
  }

  /** Build the maps from the row, once. */
  #read(): void {
    const row = this.#row;
    if (!row) return;
    this.#row = null;
    for (let i = 1; i < row.length;) {
      const field = row[i++] as number;
      const count = row[i++] as number;
      const postings = new Map<number, number>();
      let doc = 0;
      for (let k = 0; k < count; k++) {
        doc += row[i++] as number;
        postings.set(doc, row[i++] as number);
      }
      super.set(field, postings);
    }
  }

  override get size(): number {
    this.#read();
    return super.size;
  }

  override get(field: number): Map<number, number> | undefined {
    this.#read();
    return super.get(field);
  }

  override has(field: number): boolean {
    this.#read();
    return super.has(field);
  }

  override set(field: number, postings: Map<number, number>): this {
    this.#read();
    return super.set(field, postings);
  }

  override delete(field: number): boolean {
    this.#read();
    return super.delete(field);
  }

  override clear(): void {
    this.#row = null;
    super.clear();
  }

  override forEach(
    callback: (postings: Map<number, number>, field: number, map: Map<number, Map<number, number>>) => void,
    thisArg?: unknown,
  ): void {
    this.#read();
    super.forEach(callback, thisArg);
  }

  override entries(): MapIterator<[number, Map<number, number>]> {
    this.#read();
    return super.entries();
  }

  override keys(): MapIterator<number> {
    this.#read();
    return super.keys();
  }

  override values(): MapIterator<Map<number, number>> {
    this.#read();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    return this.entries();
  }
}
