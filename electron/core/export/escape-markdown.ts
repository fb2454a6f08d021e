/**
 * Escaping text (a highlight's quote, a title) so CommonMark, Obsidian and Logseq show it as
 * the same plain text and nothing else. Every escape is a backslash before ASCII punctuation,
 * which CommonMark always reads as that literal character.
 */

// Inline syntax anywhere in a line: \ ` * _ [ ] < > # | (CommonMark and GFM), $ (math), % (Obsidian
// comments), ^ (block ids), ~ (strikethrough, fences), { } (Logseq macros).
const INLINE = /[\\`*_[\]<>#|$%^~{}]/g;
// "&amp;" would be read as an entity reference and shown as "&".
const ENTITY = /&(?=#?[a-z0-9]+;)/gi;

/** Escape one line of text (no line breaks) for use inside a paragraph or heading. */
export function escapeInline(line: string): string {
  return (
    line
      .replace(INLINE, '\\$&')
      .replace(ENTITY, '\\&')
      // "==highlight==" (Obsidian), "key:: value" (Logseq properties), "((ref))" (Logseq).
      .replace(/=(?==)/g, '\\=')
      .replace(/::/g, ':\\:')
      .replace(/\(\(/g, '(\\(')
  );
}

/**
 * Escape one line that will start a paragraph line: inline syntax, plus what only counts at
 * the start of a line: list markers ("- ", "+ ", "1. ", "1) "), setext underlines ("=", "-") and
 * indentation (which would make a code block, so it is trimmed).
 */
export function escapeLine(line: string): string {
  return escapeLineStart(line.trim());
}

/** `escapeLine` for text that starts a line but may go on after it (white space kept). */
export function escapeLineStart(text: string): string {
  return escapeInline(text)
    .replace(/^[-+=]/, '\\$&')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** Text as a blockquote: every line prefixed, paragraphs (blank lines) kept inside the quote. */
export function blockquote(text: string): string {
  const lines: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line !== '') lines.push(`> ${escapeLine(line)}`);
    else if (lines.length > 0 && lines[lines.length - 1] !== '>') lines.push('>');
  }
  while (lines[lines.length - 1] === '>') lines.pop();
  return lines.join('\n');
}

/** Text as the content of a one-line ATX heading. */
export function headingText(text: string): string {
  return escapeLine(text.replace(/\s+/g, ' '));
}
