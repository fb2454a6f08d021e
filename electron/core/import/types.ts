import type { Block, ImportFormat, InlineMark } from '../../contract/model';
import type { DraftFigure } from './rich/article-builder';

/** What an imported file becomes: metadata, blocks and the plain text they join into. */
export interface ParsedArticle {
  title: string;
  byline: string | null;
  /** ISO date (YYYY-MM-DD) when the file states one. */
  publishedAt: string | null;
  /** The web page's address, its site's name and its language, when the file states them. */
  url: string | null;
  siteName: string | null;
  lang: string | null;
  /** Tags the file itself gives (Markdown front matter `tags`), as written. */
  tags: string[];
  format: ImportFormat;
  blocks: Block[];
  /** Block texts joined by "\n\n"; block offsets are UTF-16 code units into it. */
  text: string;
  /** Inline formatting over `text`, sorted by start. */
  marks: InlineMark[];
  /** The figures' images as the source names them, resolved after parsing (images/). */
  figures: DraftFigure[];
  wordCount: number;
}

/** What the import worker parses: a file's bytes, or a web page Gloss fetched (decoded). */
export type ImportRequest = { name: string; bytes: Uint8Array } | { html: string; url: string };

/** A block before offsets are assigned. `credit` marks a caption that is only an image credit. */
export interface DraftBlock {
  kind: 'heading' | 'paragraph' | 'quote' | 'list-item' | 'caption';
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

const MB = 1024 * 1024;

/**
 * The largest file Gloss imports, by format. 5 MB of text is several novels; news articles are
 * a few dozen KB, and a saved page a few hundred. A PDF carries its fonts and pictures, so a
 * report of a few dozen pages is often 10–30 MB for the same text. The limits keep one import
 * (and the article file it becomes) from stalling the library.
 */
export const IMPORT_LIMITS: Readonly<Record<ImportFormat, number>> = {
  text: 5 * MB,
  markdown: 5 * MB,
  html: 10 * MB,
  pdf: 50 * MB,
};

/** The largest file of any format (what the transport must carry). */
export const MAX_IMPORT_BYTES = Math.max(...Object.values(IMPORT_LIMITS));
