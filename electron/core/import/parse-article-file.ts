import type { ParsedArticle } from './types';
import { GlossError } from '../errors';
import { assemble } from './assemble';
import { articleFormat, decodeArticleFile } from './decode-file';
import { displayName } from './file-name';
import { stripHtml } from './html-text';
import { parseMarkdown } from './markdown-text';
import { parsePlainText } from './plain-text';

/**
 * Turn an imported `.txt` or `.md`/`.markdown` file into an article. Refuses, with a GlossError
 * whose message names the file, anything oversized ('too-large'), empty ('empty-file'), binary,
 * not UTF-8 or of another type ('unsupported-file'). Pure: no I/O, safe to run in a worker.
 */
export function parseArticleFile(file: { name: string; bytes: Uint8Array }): ParsedArticle {
  const format = articleFormat(file.name);
  const source = decodeArticleFile(file);
  const draft = format === 'markdown' ? parseMarkdown(source) : parsePlainText(source);
  // Blocks never contain the "\n\n" that separates them, or offsets would not round-trip; and
  // whatever path text took (escapes, entities), no HTML tag reaches the reader. Markdown has
  // removed its tags already and keeps code as written.
  const clean = format === 'markdown' ? (text: string) => text : stripHtml;
  draft.title = draft.title === null ? null : stripHtml(draft.title);
  draft.blocks = draft.blocks
    .map((block) => ({
      ...block,
      text: clean(block.text)
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/\n{2,}/g, '\n')
        .trim(),
    }))
    .filter((block) => block.text !== '');
  if (draft.blocks.length === 0) {
    throw new GlossError(
      'empty-file',
      `“${displayName(file.name)}” has no article text to import (only page furniture or markup).`,
    );
  }
  return assemble(draft, file.name, format);
}
