import type { ParsedArticle } from './types';
import { GlossError } from '../errors';
import { assemble, finishArticle } from './assemble';
import { articleFormat, decodeArticleFile } from './decode-file';
import { displayName } from './file-name';
import { parseMarkdownArticle } from './markdown/markdown-article';
import { parsePlainText } from './plain-text';
import type { BuiltContent } from './rich/article-builder';
import { extractPage, type ExtractedPage } from './html/extract-page';

function noText(name: string): GlossError {
  return new GlossError(
    'empty-file',
    `“${displayName(name)}” has no article text to import (only page furniture or markup).`,
  );
}

/** Plain text as written: angle brackets and ampersands are the author's characters. */
function plainArticle(source: string, name: string): ParsedArticle {
  const draft = parsePlainText(source);
  // Blocks never contain the "\n\n" that separates them, or offsets would not round-trip.
  draft.blocks = draft.blocks
    .map((block) => ({
      ...block,
      text: block.text
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/\n{2,}/g, '\n')
        .trim(),
    }))
    .filter((block) => block.text !== '');
  if (draft.blocks.length === 0) throw noText(name);
  // The title is derived from the draft, whose captions still know whether they are only credits.
  return assemble(draft, name, 'text');
}

/** A web page's extraction as an article; refused when no article text was found in it. */
export function pageArticle(page: ExtractedPage, name: string): ParsedArticle {
  if (!hasText(page.content)) throw noText(name);
  return finishArticle(page, page.content, name, 'html');
}

function hasText(content: BuiltContent): boolean {
  return content.text.trim() !== '' || content.figures.length > 0;
}

/**
 * Turn an imported `.txt`, `.md`/`.markdown` or saved web page (`.html`/`.htm`) into an article. Refuses, with a GlossError
 * whose message names the file, anything oversized ('too-large'), empty ('empty-file'), binary,
 * not UTF-8 or of another type ('unsupported-file'). Pure: no I/O, safe to run in a worker.
 */
export function parseArticleFile(file: { name: string; bytes: Uint8Array }): ParsedArticle {
  const format = articleFormat(file.name);
  const source = decodeArticleFile(file, format);
  if (format === 'text') return plainArticle(source, file.name);
  if (format === 'html') return pageArticle(extractPage(source, null), file.name);
  const { meta, title, content } = parseMarkdownArticle(source);
  if (!hasText(content)) throw noText(file.name);
  return finishArticle(
    {
      title,
      byline: meta?.byline ?? null,
      publishedAt: meta?.publishedAt ?? null,
      url: meta?.url ?? null,
      tags: meta?.tags ?? [],
    },
    content,
    file.name,
    format,
  );
}
