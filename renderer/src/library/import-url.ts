import type { ImportedArticle } from '../../../electron/contract/model';
import { GlossApiError } from '../api/api-error';
import { call } from '../api/client';
import { shownAddress } from './web-addresses';

/** Import a web page through the core (it fetches the page once); errors name the address. */
export async function importUrl(url: string): Promise<ImportedArticle> {
  try {
    return await call('import/url', { url });
  } catch (error) {
    const shown = shownAddress(url);
    if (error instanceof GlossApiError && !error.message.includes(new URL(url).host)) {
      throw new GlossApiError(error.code, `${shown}: ${error.message}`);
    }
    throw error;
  }
}
