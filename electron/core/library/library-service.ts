import type { Api } from '../../contract/api';
import { MAX_ARTICLE_IMAGE_BYTES, MAX_ARTICLE_IMAGES, MAX_IMAGE_BYTES } from '../images';
import { IMPORT_LIMITS, MAX_IMPORT_BYTES } from '../import';
import type { Store } from '../storage/store';
import type { EventHub } from './event-hub';

type LibraryMethods = Pick<
  Api,
  | 'library/status'
  | 'library/dismissNotice'
  | 'settings/get'
  | 'settings/update'
  | 'backups/list'
  | 'backups/restore'
>;

/** The library as a whole: status and notices, settings, backups. */
export function libraryMethods(store: Store, events: EventHub): LibraryMethods {
  const status = () => ({
    dataDir: store.dataDir,
    schemaVersion: store.schemaVersion,
    maxImportBytes: MAX_IMPORT_BYTES,
    importLimits: { ...IMPORT_LIMITS },
    imageLimits: {
      maxImageBytes: MAX_IMAGE_BYTES,
      maxImages: MAX_ARTICLE_IMAGES,
      maxArticleBytes: MAX_ARTICLE_IMAGE_BYTES,
    },
    articleCount: store.list().length,
    notices: store.notices(),
  });
  return {
    'library/status': () => Promise.resolve(status()),
    'library/dismissNotice': async ({ id }) => {
      await store.dismissNotice(id);
      return { ok: true };
    },
    'settings/get': () => Promise.resolve(store.settings()),
    'settings/update': (patch) => store.updateSettings(patch),
    'backups/list': () => store.listBackups(),
    'backups/restore': async ({ id }) => {
      await store.restoreBackup(id);
      events.emit('library/reloaded', { reason: 'backup-restored' });
      return status();
    },
  };
}
