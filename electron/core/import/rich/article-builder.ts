import type { Block, InlineMark, MarkKind, TableCell } from '../../../contract/model';
import { normalizeMarks } from './normalize-marks';

/** What a block is before it has text and offsets. */
export type BlockShape =
  | { kind: 'paragraph' | 'quote' | 'caption' }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6 }
  | { kind: 'list-item'; ordered: boolean; depth: number; number?: number }
  | { kind: 'code'; language?: string };

/** An image as the source names it; where its bytes come from is decided later (see images/). */
export interface ImageReference {
  src: string;
  alt: string;
  width?: number;
  height?: number;
}

/** A figure before its image is resolved: the block points at `images[index]`. */
export interface DraftFigure {
  blockIndex: number;
  image: ImageReference;
}

/** Blocks, marks and text built from a walk over a document; images not yet resolved. */
export interface BuiltContent {
  blocks: Block[];
  text: string;
  marks: InlineMark[];
  figures: DraftFigure[];
}

interface OpenMark {
  kind: MarkKind;
  href?: string;
  /** Offset in the current block where its first character went; null until one did. */
  start: number | null;
}

const WHITESPACE = /\s+/g;

/**
 * Builds an article's blocks, plain text and inline marks in one pass, as a walker over a
 * Markdown token tree or an HTML DOM reports what it meets. Blocks open lazily when text
 * arrives (so empty elements leave nothing), whitespace in prose collapses as a browser shows it,
 * marks are recorded as offsets of the text they cover, and a mark still open when its block
 * closes (a link around a figure) continues in the next block. Offsets are UTF-16 code units of
 * the final text, in which blocks are joined by "\n\n" and never contain it.
 */
export class ArticleBuilder {
  readonly #blocks: Block[] = [];
  readonly #marks: InlineMark[] = [];
  readonly #figures: DraftFigure[] = [];
  #offset = 0;
  /** The kind the next text opens a block of. */
  #shape: BlockShape = { kind: 'paragraph' };
  #current: { shape: BlockShape; text: string; pendingSpace: boolean } | null = null;
  #open: OpenMark[] = [];
  #table: { rows: TableCell[][]; text: string; cell: { start: number; header: boolean } | null } | null =
    null;

  /** Declare what kind of block the next text starts (closing the current one if it differs). */
  shape(shape: BlockShape): void {
    if (this.#current && JSON.stringify(this.#current.shape) !== JSON.stringify(shape)) this.close();
    this.#shape = shape;
  }

  get currentShape(): BlockShape {
    return this.#shape;
  }

  /** Whether text has gone into a block that is still open. */
  get inBlock(): boolean {
    return this.#current !== null && this.#current.text !== '';
  }

  /** Prose: runs of whitespace become one space, none at the start or end of a block. */
  text(value: string): void {
    if (value === '') return;
    const target = this.#target();
    const parts = value.replace(/\u00ad/g, '').split(WHITESPACE);
    parts.forEach((part, i) => {
      if (i > 0) target.pendingSpace = true;
      if (part === '') return;
      if (target.pendingSpace && target.text !== '' && !target.text.endsWith('\n')) target.text += ' ';
      target.pendingSpace = false;
      this.#write(part);
    });
  }

  /** Text kept as written (code): tabs and line breaks stay, but never a blank line. */
  literal(value: string): void {
    const cleaned = this.#table ? value.replace(/[\t\n]+/g, ' ') : value.replace(/\n[ \t]*(?=\n)/g, '');
    if (cleaned === '') return;
    const target = this.#target();
    if (target.pendingSpace && target.text !== '') target.text += ' ';
    target.pendingSpace = false;
    this.#write(cleaned);
  }

  /** A line break inside a block (`<br>`, two trailing spaces in Markdown). */
  lineBreak(): void {
    if (this.#table) return this.text(' ');
    const target = this.#current;
    if (!target || target.text === '' || target.text.endsWith('\n')) return;
    target.pendingSpace = false;
    target.text += '\n';
  }

  openMark(kind: MarkKind, href?: string): void {
    this.#open.push({ kind, ...(href === undefined ? {} : { href }), start: null });
  }

  closeMark(kind: MarkKind): void {
    const index = this.#open.findLastIndex((mark) => mark.kind === kind);
    if (index < 0) return;
    const [mark] = this.#open.splice(index, 1);
    this.#record(mark!);
  }

  /** End the current block (a paragraph ends, a list item ends). */
  close(): void {
    const block = this.#current;
    this.#current = null;
    if (!block) return;
    const text = block.text.replace(/\n+$/, '');
    for (const mark of this.#open) {
      this.#record(mark, text.length);
      mark.start = null;
    }
    if (text === '') {
      this.#blockMarks = [];
      return;
    }
    this.#place({ ...block.shape, text } as Block, text);
  }

  /** A horizontal rule: a block of its own with empty text. */
  rule(): void {
    this.close();
    this.#place({ kind: 'rule', text: '' } as Block, '');
  }

  /** A figure: an image with a caption (may be empty), between the blocks around it. */
  figure(image: ImageReference, caption = ''): void {
    this.close();
    const text = caption.replace(WHITESPACE, ' ').trim();
    this.#figures.push({ blockIndex: this.#blocks.length, image });
    this.#place(
      { kind: 'figure', text, image: { src: null, alt: image.alt.replace(WHITESPACE, ' ').trim() } } as Block,
      text,
    );
  }

  /** Start a table; rows and cells follow; `endTable` places it. */
  beginTable(): void {
    this.close();
    this.#table = { rows: [], text: '', cell: null };
  }

  beginRow(): void {
    if (!this.#table) return;
    this.#endCell();
    this.#table.rows.push([]);
  }

  beginCell(header: boolean): void {
    const table = this.#table;
    if (!table) return;
    this.#endCell();
    if (table.rows.length === 0) table.rows.push([]);
    const row = table.rows.at(-1)!;
    if (row.length > 0) table.text += '\t';
    else if (table.rows.length > 1) table.text += '\n';
    table.cell = { start: table.text.length, header };
    this.#current = { shape: { kind: 'paragraph' }, text: '', pendingSpace: false };
  }

  endTable(): void {
    const table = this.#table;
    if (!table) return;
    this.#endCell();
    this.#table = null;
    const rows = table.rows.filter((row) => row.length > 0);
    if (!rows.some((row) => row.some((cell) => cell.end > cell.start))) return;
    const start = this.#blocks.length === 0 ? this.#offset : this.#offset + 2;
    const shifted = rows.map((cells) => ({
      cells: cells.map((cell) => ({ ...cell, start: cell.start + start, end: cell.end + start })),
    }));
    this.#place({ kind: 'table', text: table.text, rows: shifted } as Block, table.text);
  }

  /** Everything built, marks sorted and merged. */
  finish(): BuiltContent {
    if (this.#table) this.endTable();
    this.close();
    this.#open = [];
    const text = this.#blocks.map((block) => block.text).join('\n\n');
    return { blocks: this.#blocks, text, marks: normalizeMarks(this.#marks), figures: this.#figures };
  }

  #endCell(): void {
    const table = this.#table;
    if (!table?.cell) return;
    const cellText = (this.#current?.text ?? '').trim();
    for (const mark of this.#open) {
      this.#record(mark, cellText.length);
      mark.start = null;
    }
    // Marks inside a cell were recorded relative to the cell; move them to the table's text.
    for (const mark of this.#cellMarks) {
      mark.start += table.cell.start;
      mark.end = Math.min(mark.end, cellText.length) + table.cell.start;
      if (mark.end > mark.start) this.#tableMarks.push(mark);
    }
    this.#cellMarks = [];
    table.text += cellText;
    table.rows
      .at(-1)!
      .push({ start: table.cell.start, end: table.cell.start + cellText.length, header: table.cell.header });
    table.cell = null;
    this.#current = null;
  }

  #cellMarks: InlineMark[] = [];
  #tableMarks: InlineMark[] = [];
  /** Marks of the open block, relative to it, until the block is placed. */
  #blockMarks: InlineMark[] = [];

  #target(): { shape: BlockShape; text: string; pendingSpace: boolean } {
    if (!this.#current) this.#current = { shape: this.#shape, text: '', pendingSpace: false };
    return this.#current;
  }

  #write(value: string): void {
    const target = this.#current!;
    for (const mark of this.#open) if (mark.start === null) mark.start = target.text.length;
    target.text += value;
  }

  #record(mark: OpenMark, limit?: number): void {
    if (mark.start === null || !this.#current) return;
    const end = Math.min(this.#current.text.replace(/\n+$/, '').length, limit ?? Infinity);
    if (end <= mark.start) return;
    const recorded: InlineMark = {
      start: mark.start,
      end,
      kind: mark.kind,
      ...(mark.href === undefined ? {} : { href: mark.href }),
    };
    (this.#table ? this.#cellMarks : this.#blockMarks).push(recorded);
  }

  #place(block: Block, text: string): void {
    const start = this.#blocks.length === 0 ? this.#offset : this.#offset + 2;
    block.start = start;
    block.end = start + text.length;
    this.#blocks.push(block);
    const relative = block.kind === 'table' ? this.#tableMarks : this.#blockMarks;
    for (const mark of relative) {
      if (mark.end > text.length) mark.end = text.length;
      if (mark.end > mark.start)
        this.#marks.push({ ...mark, start: mark.start + start, end: mark.end + start });
    }
    this.#blockMarks = [];
    this.#tableMarks = [];
    this.#offset = block.end;
  }
}
