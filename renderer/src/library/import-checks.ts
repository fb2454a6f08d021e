import { GlossApiError } from '../api/api-error';
import { call } from '../api/client';

/** The core's import limit, asked once (`library/status`): the renderer never hard-codes it. */
let importLimit: Promise<number> | null = null;
export function maxImportBytes(): Promise<number> {
  importLimit ??= call('library/status', {}).then((status) => status.maxImportBytes);
  importLimit.catch(() => (importLimit = null));
  return importLimit;
}

/** The file name as the core shows it in messages: base name, no control characters, short. */
export function displayName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  const shown = clean.length > 80 ? `${clean.slice(0, 77)}…` : clean;
  return shown || 'the file';
}

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * A file over the import limit is refused before it is read, so hundreds of megabytes are never
 * read into memory (nor sent) just to be refused; worded as the core words it. Everything else
 * (type, emptiness, binary content) is the core's to judge.
 */
export function refusalBeforeReading(
  file: { name: string; size: number },
  maxBytes: number,
): GlossApiError | null {
  if (file.size <= maxBytes) return null;
  return new GlossApiError(
    'too-large',
    `“${displayName(file.name)}” is too large to import (${megabytes(file.size)}). Gloss imports articles up to ${megabytes(maxBytes)}.`,
  );
}
