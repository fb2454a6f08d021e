import type { Api } from '../../contract/api';
import type { TrashedArticle } from '../../contract/model';
import { GlossError } from '../errors';
import type { Store } from '../storage/store';
import type { TrashedFolder } from '../storage/trash-bin';
import { toSummary } from './articles-service';
import type { EntitiesService } from './entities-service';

/** How long a deleted article stays restorable. */
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

type TrashMethods = Pick<Api, 'trash/list' | 'trash/restore' | 'trash/purge'>;

const purgeAt = (folder: TrashedFolder) => new Date(Date.parse(folder.deletedAt) + TRASH_DAYS * DAY_MS);

function toTrashed(folder: TrashedFolder): TrashedArticle {
  return {
    id: folder.id,
    title: folder.entry?.title ?? 'Unreadable article',
    byline: folder.entry?.byline ?? null,
    source: folder.entry?.source ?? '',
    highlightCount: folder.highlightCount,
    deletedAt: folder.deletedAt,
    purgeAt: purgeAt(folder).toISOString(),
  };
}

/**
 * The trash: deleted articles stay whole in it for TRASH_DAYS (storage's `trash/` folder,
 * filled by the `article/deleted` record), come back by `article/restored`, and are removed for
 * good when their time is up (checked at start-up and whenever the trash is listed) or on request.
 */
export function trashService(store: Store, entities: EntitiesService, now: () => Date = () => new Date()) {
  /** Remove what is past its time; the rest, newest deletion first. */
  const current = async (): Promise<TrashedFolder[]> => {
    const folders = await store.trashed();
    const kept: TrashedFolder[] = [];
    for (const folder of folders) {
      if (purgeAt(folder) <= now()) await store.purgeTrashed(folder.id);
      else kept.push(folder);
    }
    return kept;
  };

  const methods: TrashMethods = {
    'trash/list': async () => (await current()).map(toTrashed),

    'trash/restore': async ({ ids }) => {
      const inTrash = new Map((await current()).map((folder) => [folder.id, folder]));
      const unique = [...new Set(ids)];
      const missing = unique.filter((id) => !inTrash.has(id));
      if (missing.length > 0)
        throw new GlossError(
          'not-found',
          'That article is no longer in the trash. It may have been removed for good.',
        );
      const restored = [];
      for (const id of unique) {
        const title = inTrash.get(id)?.entry?.title ?? id;
        await store.apply({ type: 'article/restored', articleId: id, title });
        const entry = store.entry(id);
        if (entry) restored.push(toSummary(entry));
        // Its entities come back into the library-wide index (from the cache that came back with it).
        void entities.forArticle(id, 0).catch(() => undefined);
      }
      return { restored };
    },

    'trash/purge': async ({ ids }) => {
      const inTrash = await store.trashed();
      const known = new Set(inTrash.map((folder) => folder.id));
      const chosen = ids ? [...new Set(ids)].filter((id) => known.has(id)) : [...known];
      for (const id of chosen) await store.purgeTrashed(id);
      return { purged: chosen.length };
    },
  };

  return {
    methods,
    /** Start-up housekeeping: never fails the caller (the next listing tries again). */
    purgeExpired: () =>
      current().then(
        () => undefined,
        () => undefined,
      ),
  };
}
