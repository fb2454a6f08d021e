import type { ImportedArticle } from '../../../electron/contract/model';
import { GlossApiError } from '../api/api-error';
import { call } from '../api/client';
import { IMPORT_FORMATS } from '../../../electron/contract/values';
import { displayName, importLimits, refusalBeforeReading } from './import-checks';
import type { PathedFile } from './import-groups';

/** What the file input accepts; the core decides for real (it sniffs the bytes). */
export const IMPORT_ACCEPT = [
  ...Object.values(IMPORT_FORMATS).flat(),
  'text/plain',
  'text/markdown',
  'text/html',
  'application/pdf',
].join(',');

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () =>
      reject(new GlossApiError('unsupported-file', `Gloss could not read “${displayName(file.name)}”.`));
    reader.readAsDataURL(file);
  });
}

/**
 * Import one file through the core, with the files that come with it (its images, by their path
 * relative to its folder); rejects with a GlossApiError that names the file.
 */
export async function importFile(
  file: File,
  companions: readonly PathedFile[] = [],
): Promise<ImportedArticle> {
  const refusal = refusalBeforeReading(file, await importLimits());
  if (refusal) throw refusal;
  const data = await readAsBase64(file);
  const files = await Promise.all(
    companions.map(async (companion) => ({ path: companion.path, data: await readAsBase64(companion.file) })),
  );
  try {
    return await call('import/file', { name: file.name, data, ...(files.length > 0 ? { files } : {}) });
  } catch (error) {
    // Say which file failed, unless the core's message already does.
    const shown = displayName(file.name);
    if (error instanceof GlossApiError && !error.message.includes(shown)) {
      throw new GlossApiError(error.code, `“${shown}”: ${error.message}`);
    }
    throw error;
  }
}
