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

const REFERENCE = /&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/gi;

/** Decode HTML character references (named ones in common use, and all numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(REFERENCE, (whole, ref: string) => decodeOne(whole, ref));
}

function decodeOne(whole: string, ref: string): string {
  if (ref.startsWith('#')) {
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  }
  return NAMED[ref.toLowerCase()] ?? whole;
}

// Elements whose content is code or styling, never article text.
const RAW_ELEMENTS = /<(script|style|noscript|iframe|template|svg|math)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(-->|$)/g;
// Names of HTML elements (current and obsolete ones scrapes still carry); custom elements have a
// hyphen. Only these count as tags, so "Array<string>", "Promise<void>" or "x <y> z" stay text.
const ELEMENTS =
  'a|abbr|acronym|address|area|article|aside|audio|b|base|bdi|bdo|big|blockquote|body|br|button|canvas|' +
  'caption|center|cite|code|col|colgroup|data|datalist|dd|del|details|dfn|dialog|dir|div|dl|dt|em|embed|' +
  'fieldset|figcaption|figure|font|footer|form|frame|frameset|h[1-6]|head|header|hgroup|hr|html|i|iframe|' +
  'img|input|ins|kbd|label|legend|li|link|main|map|mark|marquee|math|menu|meta|meter|nav|nobr|noscript|' +
  'object|ol|optgroup|option|output|p|param|picture|pre|progress|q|rp|rt|ruby|s|samp|script|search|' +
  'section|select|slot|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|template|' +
  'textarea|tfoot|th|thead|time|title|tr|track|tt|u|ul|var|video|wbr|[a-z][a-z\\d]*-[a-z\\d-]*';
const ELEMENT_NAME = new RegExp(`^(?:${ELEMENTS})$`, 'i');

/** Whether `name` is an HTML element (or a custom element), so `<name>` is markup, not text. */
export function isHtmlElementName(name: string): boolean {
  return ELEMENT_NAME.test(name);
}

// A tag: "<" or "</", an element name, attributes (after a space or a "/", as browsers read
// "<img/src=x>"), ">"; or a declaration like "<!doctype html>".
const TAG = new RegExp(`</?(?:${ELEMENTS})(?=[\\s/>])(?:[\\s/][^<>]*)?>|<![a-z][^<>]*>`, 'gi');
const BLOCK_TAG =
  /<\/?(p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|header|footer|figure|figcaption|tr|table)\b[^>]*>/gi;
// "<" and ">" that character references spelled, told apart from literal ones until the end
// (Unicode noncharacters, reserved for exactly this kind of internal use).
const LT = '\ufdd0';
const GT = '\ufdd1';
const OPEN = `[<${LT}]`;
const CLOSE = `[>${GT}]`;
const INSIDE = `[^<>${LT}${GT}]`;
// What an escaped bracket helped spell: a raw element with its content, or any tag-shaped string.
const ESCAPED_MARKUP = new RegExp(
  `${OPEN}(script|style|noscript|iframe|template|svg|math)\\b${INSIDE}*${CLOSE}[\\s\\S]*?(?:${OPEN}/\\1\\s*${CLOSE}|$)` +
    `|${OPEN}/?!?[a-z][a-z\\d-]*(?:[\\s/]${INSIDE}*)?${CLOSE}`,
  'gi',
);

/** Remove HTML tags, comments and script/style content. Block-level tags become line breaks. */
export function stripHtml(text: string): string {
  return text.replace(COMMENT, '').replace(RAW_ELEMENTS, '').replace(BLOCK_TAG, '\n').replace(TAG, '');
}

/**
 * Text with no markup left: tags stripped, references decoded, and stripped again. Anything
 * tag-shaped that a reference helped spell goes too, so an escaped "&lt;script&gt;" or
 * "&lt;b&gt;" cannot come back as markup once decoded; a literal "Array<string>" stays.
 */
export function plainText(text: string): string {
  const decoded = stripHtml(text).replace(REFERENCE, (whole, ref: string) => {
    const char = decodeOne(whole, ref);
    return char === '<' ? LT : char === '>' ? GT : char;
  });
  return stripHtml(decoded)
    .replace(ESCAPED_MARKUP, (markup) => (markup.includes(LT) || markup.includes(GT) ? '' : markup))
    .replaceAll(LT, '<')
    .replaceAll(GT, '>');
}
