/**
 * Notes are stored as Markdown; search shows them as the reader reads them, without the marks.
 * A light pass, not a parser: it only has to make a snippet read well, and it never produces
 * HTML (snippets are text, shown with React).
 */
/** [a character the rule needs (a cheap test before the regex runs), pattern, replacement] */
const RULES: [string, RegExp, string][] = [
  ['](', /!\[([^\]]*)\]\([^)]*\)/g, '$1'], // images: their alt text
  ['](', /\[([^\]]+)\]\([^)]*\)/g, '$1'], // links: their text
  ['<', /<(https?:\/\/[^>\s]+|mailto:[^>\s]+)>/g, '$1'], // autolinks
  ['#', /^ {0,3}#{1,6}[ \t]+/gm, ''], // headings
  ['>', /^ {0,3}>[ \t]?/gm, ''], // quotes
  ['', /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/gm, ''], // list items, task boxes
  ['', /^ {0,3}(?:[-*_][ \t]*){3,}$/gm, ''], // thematic breaks
  ['``', /```[^\n]*\n?/g, ''], // code fences
  ['~~', /~~~[^\n]*\n?/g, ''],
  ['**', /\*\*(?=\S)([\s\S]*?\S)\*\*/g, '$1'], // strong
  ['__', /__(?=\S)([\s\S]*?\S)__/g, '$1'],
  ['*', /\*(?=\S)([\s\S]*?\S)\*/g, '$1'], // emphasis
  ['_', /(?<![\p{L}\p{N}])_(?=\S)([\s\S]*?\S)_(?![\p{L}\p{N}])/gu, '$1'], // (not snake_case)
  ['~~', /~~(?=\S)([\s\S]*?\S)~~/g, '$1'], // strikethrough
  ['`', /`([^`\n]+)`/g, '$1'], // inline code
];

// Escaped punctuation is set aside (as private-use characters) so no rule treats it as a mark.
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!>~|])/g;
const PRIVATE = 0xe000;
const SET_ASIDE = /[\ue000-\ue07f]/g;
const setAside = (mark: string) => String.fromCharCode(PRIVATE + mark.charCodeAt(0));

export function markdownToPlainText(markdown: string): string {
  const escaped = markdown.includes('\\');
  let text = escaped ? markdown.replace(ESCAPED, (_all, mark: string) => setAside(mark)) : markdown;
  for (const [needs, pattern, replacement] of RULES) {
    if (text.includes(needs)) text = text.replace(pattern, replacement);
  }
  if (escaped) text = text.replace(SET_ASIDE, (unit) => String.fromCharCode(unit.charCodeAt(0) - PRIVATE));
  return text.trim();
}
