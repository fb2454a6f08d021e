/**
 * One term's postings as the engine keeps them (field number -> document number -> count),
 * read from the saved row only when the engine first looks at them, field by field. Building
 * every term's maps was most of a restart (10 million postings at 10,000 articles); a search
 * looks at a few hundred terms, so at a restart only those are built, the rest when a save
 * writes them. And a note edit after a restart adds a few words to the notes fields: a common
 * word's postings in the text field (one per article) stay unread.
 *
 * `row` is the saved form (engine-form.ts): `[term, field, n, doc, count, …, field, n, …]`
 * with each doc number as the difference from the one before it.
 */
export class LazyPostings extends Map<number, Map<number, number>> {
  #row: readonly (string | number)[] | null;
  /** The fields not read yet: where each one's postings start in the row, and how many. */
  #unread: Map<number, { at: number; count: number }> | null = null;

  constructor(row: readonly (string | number)[]) {
    super();
    this.#row = row;
  }

  /** How many postings the term has in all (what completions weigh), without reading them. */
  get postingCount(): number {
    let count = 0;
    for (const unread of this.#fields().values()) count += unread.count;
    for (const postings of super.values()) count += postings.size;
    return count;
  }

  /** The unread fields, found from the row's field headers once. */
  #fields(): Map<number, { at: number; count: number }> {
    if (this.#unread) return this.#unread;
    this.#unread = new Map();
    const row = this.#row;
    if (!row) return this.#unread;
    for (let i = 1; i < row.length;) {
      const field = row[i] as number;
      const count = row[i + 1] as number;
      this.#unread.set(field, { at: i + 2, count });
      i += 2 + 2 * count;
    }
    return this.#unread;
  }

  /** Build one field's map from the row, once. */
  #readField(field: number): void {
    const unread = this.#fields();
    const place = unread.get(field);
    if (!place) return;
    unread.delete(field);
    const row = this.#row!;
    const postings = new Map<number, number>();
    let doc = 0;
    for (let k = 0, i = place.at; k < place.count; k++) {
      doc += row[i++] as number;
      postings.set(doc, row[i++] as number);
    }
    super.set(field, postings);
    if (unread.size === 0) this.#row = null;
  }

  /** Build every field still unread (for a look at all of them), in the row's order. */
  #read(): void {
    if (!this.#row) return;
    for (const field of [...this.#fields().keys()]) this.#readField(field);
    this.#row = null;
  }

  override get size(): number {
    return this.#row ? this.#fields().size + super.size : super.size;
  }

  override get(field: number): Map<number, number> | undefined {
    if (this.#row) this.#readField(field);
    return super.get(field);
  }

  override has(field: number): boolean {
    return super.has(field) || (this.#row !== null && this.#fields().has(field));
  }

  override set(field: number, postings: Map<number, number>): this {
    // Rare (the engine sets a field a term had none in): read all, so the order stays a Map's.
    this.#read();
    return super.set(field, postings);
  }

  override delete(field: number): boolean {
    const unread = this.#row !== null && this.#fields().delete(field);
    return super.delete(field) || unread;
  }

  override clear(): void {
    this.#row = null;
    this.#unread = null;
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
