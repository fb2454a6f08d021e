import type { BlockKind, Block } from '../../contract/model';

/** What an imported file becomes: metadata, blocks and the plain text they join into. */
export interface ParsedArticle {
  title: string;
  byline: string | null;
  /** ISO date (YYYY-MM-DD) when the file states one. */
  publishedAt: string | null;
  blocks: Block[];
  /** Block texts joined by "\n\n"; block offsets are UTF-16 code units into it. */
  text: string;
  wordCount: number;
}

/** A block before offsets are assigned. `credit` marks a caption that is only an image credit. */
export interface DraftBlock {
  kind: BlockKind;
  text: string;
  credit?: boolean;
}

/** What the plain-text and Markdown parsers hand to the assembler. */
export interface DraftArticle {
  /** Null when the file itself names no title; the assembler then derives one. */
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  blocks: DraftBlock[];
}

/**
 * Largest file Gloss imports. 5 MB of text is several novels; news articles are a few dozen KB.
 * The limit keeps one import (and the article file it becomes) from stalling the library.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
