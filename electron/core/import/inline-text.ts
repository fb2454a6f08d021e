import type { Token, Tokens } from 'marked';
import { decodeEntities, stripHtml } from './html-text';

/**
 * The plain text of Markdown inline tokens: emphasis and code lose their markers, links keep
 * their text, images are dropped (a paragraph that is only an image becomes a caption of its
 * alt text elsewhere), inline HTML tags are removed.
 */
export function inlineText(tokens: Token[] | undefined): string {
  let out = '';
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'image':
      case 'html':
        break;
      case 'br':
        out += ' ';
        break;
      case 'escape':
        out += token.text as string;
        break;
      case 'codespan':
        // Code is literal text, but a tag in it is still not shown: Gloss keeps no markup at all.
        out += stripHtml(token.text as string);
        break;
      default:
        if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0) {
          out += inlineText(token.tokens);
        } else if ('text' in token && typeof token.text === 'string') {
          out += decodeEntities(stripHtml(token.text));
        }
    }
  }
  return out;
}

/** The alt texts of the images in a run of inline tokens that holds nothing else. */
export function imageOnlyAlt(tokens: Token[] | undefined): string | null {
  const meaningful = (tokens ?? []).filter((token) => !(token.type === 'text' && token.raw.trim() === ''));
  const images = meaningful.filter((token) => token.type === 'image');
  if (images.length === 0 || images.length !== meaningful.length) return null;
  return images.map((image) => (image as Tokens.Image).text.trim()).join(' ');
}
