import { stripHtml } from '../import/html-text';
import { neutralizeBidi } from '../text/bidi';

/**
 * A metadata value (title, author, source, entity name) as plain text for front matter and
 * file names: HTML stripped as imported titles are, and again until nothing changes, since
 * removing one tag can join the pieces of another ("<scr<b>ipt>"). Static site generators put
 * front matter into pages unescaped, so no tag may survive; explicit bidi controls go too.
 */
export function plainField(text: string): string {
  let current = text;
  for (let next = stripHtml(current); next !== current; next = stripHtml(current)) current = next;
  return neutralizeBidi(current);
}
