import type { ImportFormat, LibraryStatus } from '../../../electron/contract/model';
import { IMPORT_FORMATS } from '../../../electron/contract/values';
import { GlossApiError } from '../api/api-error';
import { call } from '../api/client';

/** The core's import limits: per format, and the largest (for a name of no known format). */
export type ImportLimits = Pick<LibraryStatus, 'importLimits' | 'maxImportBytes' | 'imageLimits'>;

/** The core's import limits, asked once (`library/status`): the renderer never hard-codes them. */
let limits: Promise<ImportLimits> | null = null;
export function importLimits(): Promise<ImportLimits> {
  limits ??= call('library/status', {}).then(({ importLimits, maxImportBytes, imageLimits }) => ({
    importLimits,
    maxImportBytes,
    imageLimits,
  }));
  limits.catch(() => (limits = null));
  return limits;
}

/** The lower-case extension of a file name, with its dot ('' when there is none). */
export function extensionOf(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function formatOf(extension: string): ImportFormat | null {
  const found = Object.entries(IMPORT_FORMATS).find(([, extensions]) =>
    (extensions as readonly string[]).includes(extension),
  );
  return found ? (found[0] as ImportFormat) : null;
}

/** The file name as the core shows it in messages: base name, no control characters, short. */
export function displayName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  const shown = clean.length > 80 ? `${clean.slice(0, 77)}…` : clean;
  return shown || 'the file';
}

export const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * A file over the import limit is refused before it is read, so hundreds of megabytes are never
 * read into memory (nor sent) just to be refused; worded as the core words it. Everything else
 * (type, emptiness, binary content) is the core's to judge.
 */
export function refusalBeforeReading(
  file: { name: string; size: number },
  limits: ImportLimits,
): GlossApiError | null {
  const extension = extensionOf(file.name);
  const format = formatOf(extension);
  const limit = format ? limits.importLimits[format] : limits.maxImportBytes;
  if (file.size <= limit) return null;
  return new GlossApiError(
    'too-large',
    `“${displayName(file.name)}” is too large to import (${megabytes(file.size)}). Gloss imports ${format ? `${extension} files` : 'files'} up to ${megabytes(limit)}.`,
  );
}
