import type { Block } from '../../../contract/model';
import { GlossError } from '../../errors';
import { finishArticle } from '../assemble';
import { checkImportSize } from '../decode-file';
import { displayName } from '../file-name';
import type { ParsedArticle } from '../types';
import { layOutPdf, type PdfBlock } from './pdf-layout';
import { readPdfText } from './pdf-lines';

// Titles PDF writers put in the document info that are no title.
const JUNK_TITLE =
  /^(?:untitled|document\d*|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|odt|pdf|tex|indd))$/i;

function placed(block: PdfBlock, start: number): Block {
  const base = { text: block.text, start, end: start + block.text.length, page: block.page };
  if (block.kind === 'heading') return { ...base, kind: 'heading', level: block.level };
  if (block.kind === 'list-item') {
    return {
      ...base,
      kind: 'list-item',
      ordered: block.ordered,
      depth: 0,
      ...(block.number ? { number: block.number } : {}),
    };
  }
  return { ...base, kind: 'paragraph' };
}

/**
 * A PDF with a text layer as an article: paragraphs and headings rebuilt from its lines
 * (pdf-layout.ts), each block with the page it is on. Refuses, naming the file, a PDF that cannot
 * be read (damaged, encrypted) and one without text (a scan) with 'unsupported-file'.
 */
export async function parsePdf(file: { name: string; bytes: Uint8Array }): Promise<ParsedArticle> {
  const shown = displayName(file.name);
  checkImportSize(file.name, file.bytes.length);
  const text = await readPdfText(file.bytes).catch((error: unknown) => {
    const reason =
      error instanceof Error && /password/i.test(error.message) ? ' (it is protected by a password)' : '';
    throw new GlossError(
      'unsupported-file',
      `Gloss can't read the PDF “${shown}”${reason}: it may be damaged.`,
    );
  });
  const { title, blocks } = layOutPdf(text.pages);
  if (blocks.length === 0) {
    throw new GlossError(
      'unsupported-file',
      `“${shown}” has no text Gloss can read: it looks like a scan (pictures of pages). Run it through OCR (text recognition) first, then import it again.`,
    );
  }
  const built: Block[] = [];
  let offset = 0;
  for (const block of blocks) {
    if (built.length > 0) offset += 2;
    built.push(placed(block, offset));
    offset += block.text.length;
  }
  const infoTitle = text.title && !JUNK_TITLE.test(text.title) ? text.title : null;
  return finishArticle(
    { title: title ?? infoTitle, byline: text.author, publishedAt: null },
    { blocks: built, text: built.map((block) => block.text).join('\n\n'), marks: [], figures: [] },
    file.name,
    'pdf',
  );
}
