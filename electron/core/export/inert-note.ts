import { Lexer, walkTokens, type Token } from 'marked';

/**
 * A note's Markdown made inert for any Markdown viewer: links only to the web, mail or other
 * files, and no raw HTML. The note editor shows typed "<b>" as text and never follows a
 * `javascript:` link; a viewer that renders the export must not either.
 */

const lex = (markdown: string): Token[] => new Lexer({ gfm: true }).lex(markdown);

/**
 * Whether a link may keep its destination: http(s), mailto, or relative (another note). Judged
 * on what a browser would read as the scheme (escapes and whitespace ignored); a destination
 * whose scheme could hide in a character reference ("java&#115;cript:") is not trusted.
 */
export function isSafeDestination(href: string): boolean {
  // eslint-disable-next-line no-control-regex -- browsers ignore controls inside a scheme
  const plain = href.replace(/\\/g, '').replace(/[\u0000-\u0020\u007f]/g, '');
  const head = /^[^/?#]*/.exec(plain)![0];
  if (!head.includes(':') && !head.includes('&')) return true;
  return /^(https?|mailto):/i.test(plain);
}

interface Unsafe {
  hrefs: Set<string>;
  html: boolean;
}

function findUnsafe(tokens: Token[]): Unsafe {
  const found: Unsafe = { hrefs: new Set(), html: false };
  void walkTokens(tokens, (token) => {
    if ((token.type === 'link' || token.type === 'image') && !isSafeDestination(token.href as string)) {
      found.hrefs.add(token.href as string);
    } else if (token.type === 'html') {
      found.html = true;
    }
  });
  return found;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An unsafe destination becomes relative ("./javascript:…"): a file name, never a scheme. */
function relativeDestinations(markdown: string, hrefs: Set<string>): string {
  let out = markdown;
  for (const href of hrefs) {
    const where = new RegExp(`(\\]\\(\\s*<?|<|\\]:[ \\t]*\\n?[ \\t]*<?)${escapeRegExp(href)}`, 'g');
    out = out.replace(where, (_match, before: string) => `${before}./${href}`);
  }
  return out;
}

const isContainer = (token: Token): boolean =>
  token.type === 'list' || token.type === 'table' || ('tokens' in token && !!token.tokens?.length);

/**
 * Raw HTML shown as the text it is ("&lt;" reads "<" and opens nothing). Leaf tokens come in
 * document order, so each is found after the one before it: a "<b>" in a code span before
 * the real tag is passed over, not escaped.
 */
function htmlAsText(markdown: string): string {
  let out = markdown;
  let from = 0;
  void walkTokens(lex(markdown), (token) => {
    if (isContainer(token)) return;
    const at = out.indexOf(token.raw, from);
    if (at < 0) return;
    const text = token.type === 'html' ? token.raw.replace(/</g, '&lt;') : token.raw;
    out = out.slice(0, at) + text + out.slice(at + token.raw.length);
    from = at + text.length;
  });
  return out;
}

export function inertNote(markdown: string): string {
  const unsafe = findUnsafe(lex(markdown));
  if (unsafe.hrefs.size === 0 && !unsafe.html) return markdown;
  let out = relativeDestinations(markdown, unsafe.hrefs);
  if (unsafe.html) out = htmlAsText(out);
  // Whatever the rewrite missed (constructs nested in ways the search cannot find), no link or
  // tag can open without "[" or "<".
  const left = findUnsafe(lex(out));
  return left.hrefs.size === 0 && !left.html ? out : out.replace(/[[\]<]/g, '\\$&');
}
