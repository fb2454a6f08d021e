import path from 'node:path';
import type { Api } from '../contract/api';
import { createEntityDetector, type EntityDetector } from './entities';
import { createArticleParser } from './import';
import { annotationMethods } from './library/annotations-service';
import { articleMethods } from './library/articles-service';
import { urlImportMethods } from './library/url-import-service';
import { versionMethods } from './library/version-service';
import { EntityBackfill } from './library/entity-backfill';
import { EntitiesService } from './library/entities-service';
import { EntityJobs } from './library/entity-jobs';
import { inCall } from './library/call-context';
import { changeNotice, EventHub, type ServerEventListener } from './library/event-hub';
import { libraryExporter, type LibraryExportOptions } from './library/export-service';
import { notebookMethods } from './library/notebook-service';
import type { FolderExportReport } from '../contract/model';
import { highlightMethods } from './library/highlights-service';
import { UndoHistory } from './library/history';
import { importSeeds } from './library/seeds';
import { libraryMethods } from './library/library-service';
import { SearchService } from './library/search-service';
import { trashService } from './library/trash-service';
import { nodePlatform, type Platform } from './platform';
import { createDispatch, type Dispatch } from './rpc/dispatch';
import { openStore } from './storage/open-store';

export interface LibraryOptions {
  dataDir: string;
  /** Import `seeds/` when the data dir holds no library yet. Default true. */
  seed?: boolean;
  /** A folder of seed files instead of the shipped `seeds/`. */
  seedsDir?: string;
  /** 'file' (default) takes the data dir's lock file; 'none' when the caller holds a lock. */
  lock?: 'file' | 'none';
  /** The entity detector; default: the worker-thread detector. */
  detector?: EntityDetector;
  /** What the program running the core provides (resources, model, workers); default: plain Node's. */
  platform?: Partial<Platform>;
  /** Detect entities of every article in the background (for the library-wide index). Default true. */
  backfill?: boolean;
}

/** The core: the Api over one data directory, plus the validated entry point transports use. */
export interface Library extends Api {
  readonly dataDir: string;
  dispatch: Dispatch;
  /**
   * Export the library (or a selection) as Markdown into a folder the user chose (the Electron
   * shell's folder dialog, or the command line): never a path from the renderer. Re-exports
   * write only what changed and keep files edited outside Gloss.
   */
  exportToFolder(dir: string, options?: LibraryExportOptions): Promise<FolderExportReport>;
  /** Hear the core's events (contract/server-events.ts), for the transports; returns the unsubscribe. */
  subscribe(listener: ServerEventListener): () => void;
  close(): Promise<void>;
}

export async function createLibrary(options: LibraryOptions): Promise<Library> {
  const dataDir = path.resolve(options.dataDir);
  const platform = nodePlatform(options.platform);
  const store = await openStore({ dataDir, lock: options.lock ?? 'file' });
  // Sources are for running from sources (tsx); a bundle starts the built sibling (spawn-worker.ts).
  const parser = createArticleParser(() =>
    platform.spawnWorker('import-worker', new URL('./import/import-worker.ts', import.meta.url)),
  );
  const seedsDir = options.seedsDir ?? path.join(platform.resourcesDir, 'seeds');
  try {
    if (store.isNew && options.seed !== false) await importSeeds(store, parser, seedsDir);
  } catch (error) {
    await parser.close();
    await store.close();
    throw error;
  }
  const events = new EventHub();
  store.subscribe((applied) => events.emit('library/changed', changeNotice(applied)));
  const jobs = new EntityJobs(store, options.detector ?? workerDetector(platform), (articleId, state) =>
    events.emit('entities/state', { articleId, state }),
  );
  const entities = new EntitiesService(store, jobs);
  const backfill = new EntityBackfill(store, jobs);
  if (options.backfill !== false) backfill.start();
  const search = new SearchService(
    store,
    jobs,
    () => platform.spawnWorker('search-worker', new URL('./search/search-worker.ts', import.meta.url)),
    (progress) => events.emit('search/indexing', progress),
  );
  if (options.backfill !== false) search.warm();
  const exporter = libraryExporter(store, entities);
  const trash = trashService(store, entities);
  // Articles deleted more than 30 days ago leave for good; in the background, never delaying the open.
  const housekeeping = trash.purgeExpired();
  const history = new UndoHistory(store);
  const api: Api = {
    ...libraryMethods(store, events),
    ...articleMethods(store, parser, entities),
    ...urlImportMethods(store, parser, entities),
    ...versionMethods(store, parser, entities),
    ...highlightMethods(store),
    ...annotationMethods(store),
    ...exporter.methods,
    ...notebookMethods(store, entities),
    ...entities.methods(),
    ...trash.methods,
    'search/query': ({ query, limit, tag }) => search.query(query, limit ?? 50, tag),
    'history/undo': () => history.undo(),
    'history/redo': () => history.redo(),
  };
  const dispatch = createDispatch(api);
  return {
    ...api,
    dataDir,
    dispatch: (method, params, caller) => inCall(caller?.origin, () => dispatch(method, params)),
    exportToFolder: (dir, exportOptions = {}) => exporter.toFolder(dir, exportOptions),
    subscribe: (listener) => events.subscribe(listener),
    close: async () => {
      await backfill.stop();
      await housekeeping;
      await Promise.all([jobs.close(), parser.close(), search.close()]);
      await store.close();
    },
  };
}

/** Detection on a worker thread, from model bytes read once here (a new worker reuses them). */
function workerDetector(platform: Platform): EntityDetector {
  const model = platform.readModel();
  return createEntityDetector(() =>
    platform.spawnWorker('detect-worker', new URL('./entities/detect-worker.ts', import.meta.url), { model }),
  );
}
