import type { ImportedArticle, NewVersion } from '../../../electron/contract/model';
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

/** Read a file for the core, refused first (in the core's words) when it is too large or not a kind it imports. */
async function readForImport(file: File): Promise<string> {
  const refusal = refusalBeforeReading(file, await importLimits());
  if (refusal) throw refusal;
  return readAsBase64(file);
}

/**
 * Import one file through the core, with the files that come with it (its images, by their path
 * relative to its folder); rejects with a GlossApiError that names the file. `separate`: an
 * article of its own even when the library has an earlier version of it.
 */
export async function importFile(
  file: File,
  companions: readonly PathedFile[] = [],
  separate = false,
): Promise<ImportedArticle> {
  const data = await readForImport(file);
  const files = await readCompanions(companions);
  return namingFile(file, () =>
    call('import/file', {
      name: file.name,
      data,
      ...(files.length > 0 ? { files } : {}),
      ...(separate ? { separate } : {}),
    }),
  );
}

/**
 * Make a file the new version of an article the library has (`import/version`), with the files
 * that come with it (its images), as `importFile` sends them.
 */
export async function importFileVersion(
  articleId: string,
  file: File,
  companions: readonly PathedFile[] = [],
): Promise<NewVersion> {
  const data = await readForImport(file);
  const files = await readCompanions(companions);
  return namingFile(file, () =>
    call('import/version', { articleId, name: file.name, data, ...(files.length > 0 ? { files } : {}) }),
  );
}

/** The files that come with an import, by their path relative to its folder, in base64. */
function readCompanions(companions: readonly PathedFile[]): Promise<{ path: string; data: string }[]> {
  return Promise.all(
    companions.map(async (companion) => ({ path: companion.path, data: await readAsBase64(companion.file) })),
  );
}

async function namingFile<T>(file: File, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Say which file failed, unless the core's message already does.
    const shown = displayName(file.name);
    if (error instanceof GlossApiError && !error.message.includes(shown)) {
      throw new GlossApiError(error.code, `“${shown}”: ${error.message}`);
    }
    throw error;
  }
}
