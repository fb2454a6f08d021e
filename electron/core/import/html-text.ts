/**
 * Gloss shows articles as plain text, never as markup. Markdown may embed HTML and scrapes often
 * carry leftover tags, so tags are removed (with the content of script/style elements) and
 * character references decoded; what is left is text for the reader to show as text.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  euro: '€',
  pound: '£',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  oacute: 'ó',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  ccedil: 'ç',
  ntilde: 'ñ',
  shy: '',
  zwj: '\u200d',
  zwnj: '\u200c',
};

/** Decode HTML character references (named ones in common use, and all numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

// Elements whose content is code or styling, never article text.
const RAW_ELEMENTS = /<(script|style|noscript|iframe|template|svg|math)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(-->|$)/g;
// A tag: "<" then a letter, "/" or "!", up to the next ">". Leaves "a < b" and "<3" alone.
const TAG = /<\/?[a-z][a-z\d-]*(?:\s[^<>]*)?\/?>|<![a-z][^<>]*>/gi;
const BLOCK_TAG =
  /<\/?(p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|header|footer|figure|figcaption|tr|table)\b[^>]*>/gi;

/** Remove HTML tags, comments and script/style content. Block-level tags become line breaks. */
export function stripHtml(text: string): string {
  return text.replace(COMMENT, '').replace(RAW_ELEMENTS, '').replace(BLOCK_TAG, '\n').replace(TAG, '');
}

/**
 * Text with no markup left: tags stripped, references decoded, and stripped again so that an
 * escaped "&lt;script&gt;" cannot come back as a tag once decoded.
 */
export function plainText(text: string): string {
  return stripHtml(decodeEntities(stripHtml(text)));
}
