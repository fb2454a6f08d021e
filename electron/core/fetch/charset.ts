/**
 * The text of a fetched page, decoded as a browser would (WHATWG Encoding): a byte order mark
 * wins, then the `charset` of the Content-Type header, then a `<meta charset>` or
 * `<meta http-equiv="Content-Type">` near the top of the page; with none, UTF-8 when the bytes
 * are valid UTF-8, else windows-1252 (what browsers assume for untagged Western pages).
 * windows-1252, Shift_JIS, EUC-KR, GB18030, Big5 and the rest of the web's legacy encodings.
 */
import iconv from 'iconv-lite';

/** How far into the page a `<meta>` charset is looked for (the spec's prescan reads 1024 bytes; pages with long comments first need more). */
const PRESCAN_BYTES = 4096;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset a Content-Type value names ("text/html; charset=Shift_JIS" -> "Shift_JIS"). */
export function charsetOfContentType(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

/** The charset a page's own `<meta>` declares in its first bytes, if any. */
export function charsetOfMeta(bytes: Uint8Array): string | null {
  // Latin-1 maps each byte to one character, so ASCII markup reads the same in any charset.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const withoutComments = head.replace(/<!--[\s\S]*?(-->|$)/g, '');
  return META_CHARSET.exec(withoutComments)?.[1] ?? null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The WHATWG name of a charset label ("latin1" -> "windows-1252"), or null for a label no browser knows. */
function encodingOf(label: string | null): string | null {
  if (!label) return null;
  try {
    const encoding = new TextDecoder(label.trim().toLowerCase()).encoding;
    // A page cannot declare itself UTF-16 in ASCII markup: browsers read such a meta as UTF-8.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}

/**
 * Bytes in a known encoding as text. Node's TextDecoder resolves labels as browsers do but (in
 * Node 20) reads windows-1252 as Latin-1, losing “curly quotes”, – and €; iconv-lite decodes,
 * TextDecoder covers the few encodings iconv-lite lacks (ISO-2022-JP).
 */
function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8' || !iconv.encodingExists(encoding)) return new TextDecoder(encoding).decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
}

/** The page's text and the encoding it was read in. */
export function decodePage(
  bytes: Uint8Array,
  contentType: string | null,
): { text: string; encoding: string } {
  const encoding =
    bomEncoding(bytes) ?? encodingOf(charsetOfContentType(contentType)) ?? encodingOf(charsetOfMeta(bytes));
  if (encoding) return { text: decodeAs(bytes, encoding), encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeAs(bytes, 'windows-1252'), encoding: 'windows-1252' };
  }
}
