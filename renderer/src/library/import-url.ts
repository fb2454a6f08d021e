import type { ImportedArticle, NewVersion } from '../../../electron/contract/model';
import { GlossApiError } from '../api/api-error';
import { call } from '../api/client';
import { shownAddress } from './web-addresses';

/**
 * Import a web page through the core (it fetches the page once); errors name the address.
 * `separate`: an article of its own even when the library has an earlier version of the page.
 */
export function importUrl(url: string, separate = false): Promise<ImportedArticle> {
  return namingAddress(url, () => call('import/url', separate ? { url, separate } : { url }));
}

/** Fetch the page again as the new version of an article the library has (`import/version`). */
export function importUrlVersion(articleId: string, url: string): Promise<NewVersion> {
  return namingAddress(url, () => call('import/version', { articleId, url }));
}

async function namingAddress<T>(url: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const shown = shownAddress(url);
    if (error instanceof GlossApiError && !error.message.includes(new URL(url).host)) {
      throw new GlossApiError(error.code, `${shown}: ${error.message}`);
    }
    throw error;
  }
}
