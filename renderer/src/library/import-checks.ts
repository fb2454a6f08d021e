import { GlossApiError } from '../api/api-error';

/**
 * The core's import limit (MAX_IMPORT_BYTES in electron/core/import/types.ts). The renderer may
 * import only types from the core, so it is repeated here; the core checks again regardless.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const EXTENSIONS = new Set(['txt', 'md', 'markdown']);

/** The file name as the core shows it in messages: base name, no control characters, short. */
export function displayName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  const shown = clean.length > 80 ? `${clean.slice(0, 77)}…` : clean;
  return shown || 'the file';
}

function extensionOf(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * What the core would refuse without reading the bytes: another type, too large, empty. Checked
 * in the core's order and worded as the core words it, so a refusal reads the same either way;
 * and a file of hundreds of megabytes is never read into memory (nor sent) just to be refused.
 */
export function refusalBeforeReading(file: { name: string; size: number }): GlossApiError | null {
  const shown = displayName(file.name);
  if (!EXTENSIONS.has(extensionOf(file.name))) {
    return new GlossApiError(
      'unsupported-file',
      `Gloss can't import “${shown}”: only plain text (.txt) and Markdown (.md, .markdown) files can be imported.`,
    );
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return new GlossApiError(
      'too-large',
      `“${shown}” is too large to import (${megabytes(file.size)}). Gloss imports articles up to ${megabytes(MAX_IMPORT_BYTES)}.`,
    );
  }
  if (file.size === 0) {
    return new GlossApiError('empty-file', `“${shown}” is empty: there is no text in it to import.`);
  }
  return null;
}
