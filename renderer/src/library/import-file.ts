import type { ArticleSummary } from '../../../electron/contract/model';
import { GlossApiError } from '../api/api-error';
import { call } from '../api/client';

/** What the file input accepts; the core decides for real (it sniffs the bytes). */
export const IMPORT_ACCEPT = '.txt,.md,.markdown,text/plain,text/markdown';

// Reading a huge file into base64 would freeze the window before the core could refuse it.
const CLIENT_LIMIT_BYTES = 64 * 1024 * 1024;

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () =>
      reject(new GlossApiError('unsupported-file', `Gloss could not read “${file.name}”.`));
    reader.readAsDataURL(file);
  });
}

/** Import one file through the core; rejects with a GlossApiError that names the file. */
export async function importFile(file: File): Promise<ArticleSummary> {
  if (file.size > CLIENT_LIMIT_BYTES) {
    throw new GlossApiError('too-large', `“${file.name}” is too large to import.`);
  }
  const data = await readAsBase64(file);
  try {
    return await call('import/file', { name: file.name, data });
  } catch (error) {
    // Say which file failed, unless the core's message already does.
    if (error instanceof GlossApiError && !error.message.includes(file.name)) {
      throw new GlossApiError(error.code, `“${file.name}”: ${error.message}`);
    }
    throw error;
  }
}
