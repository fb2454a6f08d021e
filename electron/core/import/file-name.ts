/** Helpers for the file name a user imported: shown in messages and used as a title fallback. */
import type { ImportFormat } from '../../contract/model';
import { IMPORT_FORMATS } from '../../contract/values';
import { neutralizeBidi } from '../text/bidi';

/** The base name, without path, control or bidi characters, short enough for a message. */
export function displayName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const clean = neutralizeBidi(base.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')).trim();
  const shown = clean.length > 80 ? `${clean.slice(0, 77)}…` : clean;
  return shown || 'the file';
}

/** The lower-case extension without its dot ('' when there is none). */
export function extensionOf(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const FORMAT_OF_EXTENSION = new Map<string, ImportFormat>(
  Object.entries(IMPORT_FORMATS).flatMap(([format, extensions]) =>
    extensions.map((extension) => [extension.slice(1), format as ImportFormat] as const),
  ),
);

/** The format a file name says it is in (by its extension), or null for one Gloss does not import. */
export function importFormatOf(name: string): ImportFormat | null {
  return FORMAT_OF_EXTENSION.get(extensionOf(name)) ?? null;
}

/**
 * A title made from the file name when it reads like words ("china-russia-talks.md"), else null:
 * scraper output is often named by hash or number ("000_7cf7d18d3802595e.txt"), which is no title.
 */
export function titleFromFileName(name: string): string | null {
  const base = displayName(name).replace(/\.[^.]+$/, '');
  const words = base
    .replace(/[_\-.+]+/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  const looksLikeId = (word: string): boolean => /\d/.test(word) && /^[\da-f]{8,}$/i.test(word);
  const readable = words.filter((word) => /^\p{L}{3,}$/u.test(word));
  if (readable.length < 2 || words.some(looksLikeId)) return null;
  const title = words.join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}
