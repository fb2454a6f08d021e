import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { GlossError } from '../errors';
import type { MediaFile } from '../images';
import { kindOfFileName } from '../images/image-kind';
import { checkMedia, dropUnusedMediaOf, writeMedia } from './article-media';
import { DurableJsonAdapter } from './durable-adapter';
import { sameStamp, writeFileDurably, type FileStamp } from './durable-write';
import type { ContentFile, EntitiesFile } from './file-schemas';
import { SCHEMA_VERSION, sourceExtensionOf, type Layout } from './layout';
import { loadFile } from './load-file';
import type { EntryFields } from './model-schemas';
import { quarantine } from './quarantine';
import { storageError } from './storage-error';
import type { ArticleContent, EntityCache, KeptSource } from './store';

/**
 * mkdir -p that reports the real reason: Node's recursive mkdir answers ENOENT where the disk
 * is read-only (EROFS), so each level is made on its own.
 */
async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code !== 'ENOENT' || path.dirname(dir) === dir) throw error;
    await makeFolder(path.dirname(dir));
    await mkdir(dir).catch((again: unknown) => {
      if ((again as NodeJS.ErrnoException).code !== 'EEXIST') throw again;
    });
  }
}

/** How many articles' content stays parsed in memory. */
const CACHED_CONTENTS = 8;

/** Shared by every caller from the cache: nobody may change it (strict mode throws if one tries). */
function frozen(content: ArticleContent): ArticleContent {
  for (const block of content.blocks) Object.freeze(block);
  for (const mark of content.marks) Object.freeze(mark);
  Object.freeze(content.blocks);
  Object.freeze(content.marks);
  return Object.freeze(content);
}

export interface ArticleFileHooks {
  title(id: string): string;
  notice(level: 'info' | 'warning' | 'error', message: string): void;
}

/**
 * An article's content file (immutable, read when the article is opened) and its entity cache
 * (disposable: a damaged one is deleted and detection runs again).
 */
export class ArticleFiles {
  /** Articles whose text is known lost: told once, then refused with the same message. */
  #lost = new Set<string>();
  #entityWriters = new Map<string, DurableJsonAdapter<EntitiesFile>>();
  /**
   * Content read lately, newest last, with the stamp of the file it was read from: it never
   * changes after import, and a long article's file (megabytes) takes far longer to parse and
   * check than a stat, so a read costs a stat while the file is the same (a file damaged or
   * replaced underneath is still noticed).
   */
  #contents = new Map<string, { stamp: FileStamp; content: ArticleContent }>();
  /** The content replacement running for each article, which the next one waits for. */
  #replacing = new Map<string, Promise<void>>();

  constructor(
    private readonly layout: Layout,
    private readonly hooks: ArticleFileHooks,
  ) {}

  /** The first files of an article: its images, then the content that shows them. */
  async create(
    id: string,
    entry: EntryFields,
    content: ArticleContent,
    media: readonly MediaFile[],
  ): Promise<void> {
    await checkMedia(this.layout, id, content, media, false);
    // The first write of an import: a read-only or full disk fails here, and must say so.
    await makeFolder(this.layout.articleDir(id)).catch((error: unknown) => {
      throw storageError('save', this.layout.articleDir(id), error);
    });
    await writeMedia(this.layout, id, media);
    const file: ContentFile = { schemaVersion: SCHEMA_VERSION, entry, content };
    await writeFileDurably(this.layout.content(id), JSON.stringify(file));
  }

  /** The article's content, parsed once and kept for the articles read most recently. */
  async readContent(id: string): Promise<ArticleContent> {
    const stamp = await stat(this.layout.content(id)).then(
      ({ ino, size, mtimeMs }) => ({ ino, size, mtimeMs }),
      () => null,
    );
    const cached = this.#contents.get(id);
    this.#contents.delete(id);
    if (cached && sameStamp(cached.stamp, stamp)) {
      this.#contents.set(id, cached);
      return cached.content;
    }
    const content = await this.#loadContent(id);
    if (stamp) this.#contents.set(id, { stamp, content });
    for (const old of this.#contents.keys()) {
      if (this.#contents.size <= CACHED_CONTENTS) break;
      this.#contents.delete(old);
    }
    return content;
  }

  async #loadContent(id: string): Promise<ArticleContent> {
    const file = this.layout.content(id);
    let result = await loadFile('content', file);
    if (result.status === 'ok' && result.data.content.id !== id) {
      result = { status: 'corrupt', reason: 'the file belongs to another article' };
    }
    if (result.status === 'ok') return frozen(result.data.content);
    const title = this.hooks.title(id);
    const safe = 'Your highlights and notes on it are safe; import the article again to read it.';
    let message = `The text of "${title}" is missing from the library folder. ${safe}`;
    if (result.status === 'corrupt') {
      const kept = this.layout.relative(await quarantine(file));
      message = `The text of "${title}" could not be read (${result.reason}). ${safe} The damaged file was kept at ${kept}.`;
    }
    if (!this.#lost.has(id)) this.hooks.notice('error', message);
    this.#lost.add(id);
    throw new GlossError('storage-error', message);
  }

  /** The content, or why it cannot be read (missing or damaged: told once as a notice). */
  async readContentIfReadable(id: string): Promise<{ content: ArticleContent } | { lost: string }> {
    try {
      return { content: await this.readContent(id) };
    } catch (error) {
      if (error instanceof GlossError && error.code === 'storage-error' && this.#lost.has(id)) {
        return { lost: error.message };
      }
      throw error;
    }
  }

  /**
   * Write the content file anew (restored from the kept source, a new version), its new images
   * first: read from it from now on.
   */
  replaceContent(
    id: string,
    entry: EntryFields,
    content: ArticleContent,
    media: readonly MediaFile[],
    { dropUnusedMedia = false }: { dropUnusedMedia?: boolean } = {},
  ): Promise<void> {
    // One at a time per article: removing the images one version no longer shows must not
    // remove those another version, written meanwhile, shows (or found already kept).
    const previous = this.#replacing.get(id) ?? Promise.resolve();
    const run = previous.then(async () => {
      await checkMedia(this.layout, id, content, media, true);
      await writeMedia(this.layout, id, media);
      const file: ContentFile = { schemaVersion: SCHEMA_VERSION, entry, content };
      await writeFileDurably(this.layout.content(id), JSON.stringify(file));
      this.#contents.delete(id);
      this.#lost.delete(id);
      // Mentions found in another text would land on the wrong words: detection runs again.
      await this.#entityWriters.get(id)?.idle();
      await rm(this.layout.entities(id), { force: true });
      // After the content: a crash before this leaves unused images, never a missing one.
      if (dropUnusedMedia) await dropUnusedMediaOf(this.layout, id, content);
    });
    const settled = run.catch(() => undefined);
    this.#replacing.set(id, settled);
    void settled.then(() => {
      if (this.#replacing.get(id) === settled) this.#replacing.delete(id);
    });
    return run;
  }

  /** The extensions of the source files kept in the article's folder. */
  async #keptExtensions(id: string): Promise<string[]> {
    const names = await readdir(this.layout.articleDir(id)).catch(() => [] as string[]);
    return names.map(sourceExtensionOf).filter((extension) => extension !== null);
  }

  /** Keep `source` as the article's one source file (a new version of another kind replaces it). */
  async keepSource(id: string, source: KeptSource): Promise<void> {
    await writeFileDurably(this.layout.source(id, source.extension), source.bytes);
    for (const extension of await this.#keptExtensions(id)) {
      if (extension !== source.extension) await rm(this.layout.source(id, extension), { force: true });
    }
    const images = [...(source.images ?? [])];
    if (images.length > 0)
      await writeFileDurably(this.layout.sourceImages(id), JSON.stringify(Object.fromEntries(images)));
    else await rm(this.layout.sourceImages(id), { force: true });
  }

  async readSource(id: string): Promise<KeptSource | null> {
    const [extension] = await this.#keptExtensions(id);
    if (extension === undefined) return null;
    const bytes = await readFile(this.layout.source(id, extension)).catch(() => null);
    return bytes ? { extension, bytes, imageBytes: await this.#sourceImages(id) } : null;
  }

  /** The kept images of the source's image addresses; a damaged or missing map is no images. */
  async #sourceImages(id: string): Promise<Map<string, Uint8Array>> {
    const found = new Map<string, Uint8Array>();
    const map: unknown = await readFile(this.layout.sourceImages(id), 'utf8').then(
      (text) => JSON.parse(text) as unknown,
      () => null,
    );
    if (typeof map !== 'object' || map === null) return found;
    for (const [src, name] of Object.entries(map)) {
      // Only a stored image's name, in this article's media folder.
      if (typeof name !== 'string' || kindOfFileName(name) === null) continue;
      const image = await readFile(path.join(this.layout.media(id), name)).catch(() => null);
      if (image) found.set(src, image);
    }
    return found;
  }

  /** The entry as imported, to rebuild an index entry or a lost notes file. Never repairs. */
  async importedEntry(id: string): Promise<EntryFields | null> {
    const result = await loadFile('content', this.layout.content(id)).catch(() => null);
    return result?.status === 'ok' && result.data.entry.id === id ? result.data.entry : null;
  }

  async readEntityCache(id: string): Promise<EntityCache | null> {
    const file = this.layout.entities(id);
    try {
      const result = await loadFile('entities', file);
      if (result.status === 'ok') return result.data.cache;
      if (result.status === 'corrupt') await rm(file, { force: true });
    } catch (error) {
      // A cache from a newer Gloss is left alone for it; detection runs again here.
      if (!(error instanceof GlossError && error.code === 'newer-schema')) throw error;
    }
    return null;
  }

  async writeEntityCache(id: string, cache: EntityCache): Promise<void> {
    let writer = this.#entityWriters.get(id);
    if (!writer) {
      writer = new DurableJsonAdapter<EntitiesFile>(this.layout.entities(id));
      this.#entityWriters.set(id, writer);
    }
    try {
      await writer.write({ schemaVersion: SCHEMA_VERSION, cache });
    } finally {
      if (!writer.busy && this.#entityWriters.get(id) === writer) this.#entityWriters.delete(id);
    }
  }

  async release(id: string): Promise<void> {
    this.#contents.delete(id);
    await this.#entityWriters.get(id)?.idle();
    this.#entityWriters.delete(id);
    this.#lost.delete(id);
  }

  async idle(): Promise<void> {
    await Promise.all([...this.#entityWriters.values()].map((writer) => writer.idle()));
  }
}
