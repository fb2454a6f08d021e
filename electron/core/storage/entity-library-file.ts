import type { Notice } from '../../contract/model';
import type { Change, EntityLibraryChange } from '../changes/records';
import { invert, reduceEntityLibrary, ruleRefusal } from '../changes/reduce';
import { DurableJsonAdapter } from './durable-adapter';
import type { EntityLibraryFile as StoredFile } from './file-schemas';
import { SCHEMA_VERSION, type Layout } from './layout';
import { loadFile } from './load-file';
import { quarantine } from './quarantine';
import type { EntityLibrary } from './store';

const empty = (): EntityLibrary => deepFreeze({ rules: [], entityNotes: [] });

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The library's entity rules and entity notes: one small file, `entity-library.json`, loaded at
 * open and kept in memory. Every write keeps the version it replaces as `.bak`; a damaged file
 * is set aside (never overwritten) and the previous version restored, with a notice.
 */
export class EntityLibraryFile {
  #data: EntityLibrary = empty();
  #writer: DurableJsonAdapter<StoredFile>;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(file: string) {
    this.#writer = new DurableJsonAdapter<StoredFile>(file, { keepPrevious: `${file}.bak` });
  }

  static async open(
    layout: Layout,
    notify: (level: Notice['level'], message: string) => void,
  ): Promise<EntityLibraryFile> {
    const file = layout.entityLibrary;
    const store = new EntityLibraryFile(file);
    const loaded = await loadFile('entityLibrary', file);
    if (loaded.status === 'ok') {
      store.#data = deepFreeze({ rules: loaded.data.rules, entityNotes: loaded.data.entityNotes });
      return store;
    }
    if (loaded.status === 'missing') return store;
    const kept = layout.relative(await quarantine(file));
    const backup = await loadFile('entityLibrary', `${file}.bak`);
    const what = `Your entity rules and entity notes could not be read (${loaded.reason}).`;
    if (backup.status === 'ok') {
      store.#data = deepFreeze({ rules: backup.data.rules, entityNotes: backup.data.entityNotes });
      notify(
        'warning',
        `${what} Gloss restored the previous saved version, so the last change to them may be missing. The damaged file was kept at ${kept}.`,
      );
    } else {
      notify(
        'error',
        `${what} No earlier copy was found, so there are none now. The damaged file was kept at ${kept}.`,
      );
    }
    await store.#save(store.#data);
    return store;
  }

  /** Frozen: every update replaces it, so it can be read without copying. */
  data(): EntityLibrary {
    return this.#data;
  }

  /**
   * Apply a change to the rules: refused (nothing written) when its rule is gone; written
   * durably, then memory follows. Resolves with the change that undoes it. Calls apply in order.
   */
  apply(change: EntityLibraryChange): Promise<Change | null> {
    const run = this.#queue.then(async () => {
      const before = this.#data;
      const refused = ruleRefusal(before, change);
      if (refused) throw refused;
      const next = reduceEntityLibrary(before, change);
      await this.#save(next);
      this.#data = deepFreeze(next);
      return invert(change, before);
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async idle(): Promise<void> {
    await this.#queue;
    await this.#writer.idle();
  }

  #save(data: EntityLibrary): Promise<void> {
    return this.#writer.write({
      schemaVersion: SCHEMA_VERSION,
      rules: data.rules,
      entityNotes: data.entityNotes,
    });
  }
}
