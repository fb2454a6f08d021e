import { GlossError } from '../errors';
import { decodePage } from '../fetch/charset';
import { displayName, extensionOf, importFormatOf } from './file-name';
import { IMPORT_LIMITS, MAX_IMPORT_BYTES } from './types';

import type { ImportFormat } from '../../contract/model';

/** The formats this importer reads so far (the contract lists every format Gloss imports). */
export type ArticleFormat = Extract<ImportFormat, 'text' | 'markdown' | 'html'>;

// C0 and C1 controls other than tab, newline, form feed and carriage return: text never has many.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/** Above this share of control characters a file is binary data that happens to decode. */
const MAX_CONTROL_SHARE = 0.01;

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Which text parser a file name calls for (PDFs go to pdf/); refuses anything that is not .txt, .md, .markdown, .html or .htm. */
export function articleFormat(name: string): ArticleFormat {
  const format = importFormatOf(name);
  if (!format || format === 'pdf') {
    throw new GlossError(
      'unsupported-file',
      `Gloss can't import “${displayName(name)}”: only plain text (.txt), Markdown (.md, .markdown), saved web pages (.html, .htm) and PDF (.pdf) files can be imported.`,
    );
  }
  return format;
}

function decode(bytes: Uint8Array, shown: string): string {
  // Notepad's "Unicode" is UTF-16 with a byte order mark: real text, though full of NUL bytes.
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  if (encoding === 'utf-8' && bytes.includes(0)) {
    throw new GlossError(
      'unsupported-file',
      `“${shown}” is not a text file (it contains binary data), so Gloss can't import it.`,
    );
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new GlossError(
      'unsupported-file',
      `“${shown}” is not UTF-8 text, so Gloss can't read it. Save it as UTF-8 (or import a .txt or .md export of it) and try again.`,
    );
  }
}

/**
 * Refuses (GlossError 'too-large') a file over its format's import limit, saying how large it
 * is and what the limit is (a name Gloss does not import is held to the largest limit; its
 * format is refused after).
 */
export function checkImportSize(name: string, bytes: number): void {
  const format = importFormatOf(name);
  const limit = format ? IMPORT_LIMITS[format] : MAX_IMPORT_BYTES;
  if (bytes <= limit) return;
  const files = format ? `.${extensionOf(name)} files` : 'files';
  throw new GlossError(
    'too-large',
    `“${displayName(name)}” is too large to import (${formatMegabytes(bytes)}). Gloss imports ${files} up to ${formatMegabytes(limit)}.`,
  );
}

/**
 * The file's text (a web page's in the charset it declares), checked and normalised: no BOM, "\n" line ends, Unicode NFC, no-break spaces
 * as spaces. Refuses (GlossError) a file that is too large, empty, binary or not UTF-8.
 */
export function decodeArticleFile(file: { name: string; bytes: Uint8Array }, format?: ArticleFormat): string {
  const shown = displayName(file.name);
  checkImportSize(file.name, file.bytes.length);
  const empty = new GlossError('empty-file', `“${shown}” is empty: there is no text in it to import.`);
  if (file.bytes.length === 0) throw empty;
  // A saved page names its charset (windows-1252, Shift_JIS...) in a <meta> as a browser reads it.
  const raw =
    format === 'html' && !file.bytes.includes(0)
      ? decodePage(file.bytes, null).text
      : decode(file.bytes, shown);
  const controls = raw.match(CONTROL)?.length ?? 0;
  if (raw.includes('\u0000') || controls / raw.length > MAX_CONTROL_SHARE) {
    throw new GlossError(
      'unsupported-file',
      `“${shown}” is not a text file (it contains binary data), so Gloss can't import it.`,
    );
  }
  const text = raw
    .replace(/^\ufeff/, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROL, '')
    .replace(/[\u00a0\u202f\t\f\v]/g, ' ')
    .normalize('NFC');
  if (text.trim() === '') throw empty;
  return text;
}
