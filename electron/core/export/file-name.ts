import { plainField } from './plain-field';

/**
 * Longest file name Gloss suggests, with ".md": 100 characters and 240 UTF-8 bytes (ext4 and
 * most Unix file systems allow 255 bytes, and a CJK character takes 3).
 */
const MAX_LENGTH = 100;
const MAX_BYTES = 240;

// Not allowed on Windows (< > : " / \ | ? *), control characters, and what breaks an Obsidian
// link to the note (# ^ [ ]).
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const UNSAFE = /[<>:"/\\|?*#^[\]\u0000-\u001f\u007f-\u009f]/g;
// Windows reserves these names, whatever follows the first dot ("CON.md" cannot be created).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?=\.|$)/i;

/** Cut to `max` UTF-16 units at a word end if one is near, never leaving half a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  const hard = text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
  const space = text[max] === ' ' ? max : hard.lastIndexOf(' ');
  return space > max - 30 ? hard.slice(0, space) : hard;
}

/** Drop whole characters from the end until `text` fits in `max` UTF-8 bytes. */
function cutBytes(text: string, max: number): string {
  const chars = [...text];
  while (Buffer.byteLength(chars.join('')) > max) chars.pop();
  return chars.join('');
}

/**
 * A file name for an article's export that works on Windows, macOS and Linux: the title as
 * plain text (no HTML tags, no bidi controls) with forbidden characters replaced by spaces, no leading or trailing dots or spaces (Windows drops
 * them, Unix hides dot-files), not a reserved device name (CON → CON_), at most 100 characters, ending ".md".
 */
export function exportFileName(title: string): string {
  const tidy = (text: string): string => text.replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
  let base = tidy(plainField(title).normalize('NFC').replace(UNSAFE, ' '));
  base = tidy(cutBytes(cut(base, MAX_LENGTH - '.md'.length), MAX_BYTES - '.md'.length));
  if (base === '') base = 'Untitled';
  base = base.replace(RESERVED, '$1_');
  return `${base}.md`;
}
