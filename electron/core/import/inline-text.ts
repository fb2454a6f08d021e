import type { Token, Tokens } from 'marked';
import { plainText, stripHtml } from './html-text';

const RAW_OPEN = /^<(script|style|noscript|iframe|template|svg|math)\b/i;

/**
 * The plain text of Markdown inline tokens: emphasis and code lose their markers, links keep
 * their text, images are dropped (a paragraph that is only an image becomes a caption of its
 * alt text elsewhere), inline HTML tags are removed. Code spans are literal text and stay as
 * written ("`<div>`" reads "<div>"); around them, tags are removed again once escapes are
 * joined up, so an escaped "\\<b\\>" does not come back as markup.
 */
export function inlineText(tokens: Token[] | undefined): string {
  let out = '';
  let prose = '';
  // Inside an inline <script> or <style>: its text is code, not words, until the closing tag.
  let rawUntil: RegExp | null = null;
  for (const token of tokens ?? []) {
    if (rawUntil) {
      if (token.type === 'html' && rawUntil.test(token.raw)) rawUntil = null;
      continue;
    }
    switch (token.type) {
      case 'html': {
        const open = RAW_OPEN.exec(token.raw);
        if (open && !new RegExp(`</${open[1]}`, 'i').test(token.raw))
          rawUntil = new RegExp(`</${open[1]}\\s*>`, 'i');
        break;
      }
      case 'image':
        break;
      case 'br':
        prose += ' ';
        break;
      case 'escape':
        prose += token.text as string;
        break;
      case 'codespan':
        out += stripHtml(prose) + (token.text as string);
        prose = '';
        break;
      default:
        if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0) {
          prose += inlineText(token.tokens);
        } else if ('text' in token && typeof token.text === 'string') {
          prose += plainText(token.text);
        }
    }
  }
  return out + stripHtml(prose);
}

/** The alt texts of the images in a run of inline tokens that holds nothing else. */
export function imageOnlyAlt(tokens: Token[] | undefined): string | null {
  const meaningful = (tokens ?? []).filter((token) => !(token.type === 'text' && token.raw.trim() === ''));
  const images = meaningful.filter((token) => token.type === 'image');
  if (images.length === 0 || images.length !== meaningful.length) return null;
  return images.map((image) => (image as Tokens.Image).text.trim()).join(' ');
}
