import type { Api } from '../../contract/api';
import { exportMarkdown, type ExportInput } from '../export';
import { buildVault, type VaultArticle } from '../export/vault/build-vault';
import { readManifest, writeVaultFolder } from '../export/vault/write-folder';
import type { EntityType, FolderExportReport } from '../../contract/model';
import { entityNoteOf } from '../changes/reduce';
import { zipVault } from '../export/vault/zip-vault';
import { GlossError } from '../errors';
import type { Store } from '../storage/store';
import { toSummary } from './articles-service';
import type { EntitiesService } from './entities-service';
import { toHighlights } from './highlights-service';
import { exportFigures, keptMedia, mediaReader } from './export-media';

type ExportMethods = Pick<Api, 'export/markdown' | 'export/library'>;

/** What a whole-library export is asked for. */
export interface LibraryExportOptions {
  articleIds?: string[];
  entityNotes?: boolean;
  signal?: AbortSignal;
  /** Reading the articles, then writing the files (folder exports only). */
  onProgress?: (phase: 'reading' | 'writing', done: number, total: number) => void;
}

/** Exports beyond one article's Markdown: the library (or a selection) as a vault. */
export interface LibraryExporter {
  methods: ExportMethods;
  /** Write the vault into a folder chosen by the user (never by the renderer: Electron asks). */
  toFolder(dir: string, options: LibraryExportOptions): Promise<FolderExportReport>;
}

export function libraryExporter(store: Store, entities: EntitiesService): LibraryExporter {
  const entryOf = (id: string) => {
    const entry = store.entry(id);
    if (!entry)
      throw new GlossError('not-found', 'That article is not in the library. It may have been deleted.');
    return entry;
  };

  /** The user's own note on an entity, for its entity note in the vault. */
  const userNote = (type: EntityType, name: string): string | null =>
    entityNoteOf(store.entityLibrary(), { type, name })?.markdown ?? null;

  /**
   * Everything one article's Markdown is made of (detection awaited, so entities are complete).
   * An article whose text is lost still exports what the user wrote: its note, and its
   * highlights with their quotes (as orphans), without entities.
   */
  async function exportInput(id: string): Promise<ExportInput> {
    const entry = entryOf(id);
    const readable = await store.readContentIfReadable(id);
    if ('lost' in readable) {
      const notes = await store.readNotes(id);
      return {
        article: { ...toSummary(entry), text: '', marks: [] },
        note: notes.note,
        highlights: toHighlights(id, '', notes.highlights),
        entities: [],
        mentions: [],
        settings: store.settings(),
      };
    }
    const { content } = readable;
    const [notes, found] = await Promise.all([
      store.readNotes(id),
      entities.forArticle(id, Number.POSITIVE_INFINITY),
    ]);
    return {
      article: {
        ...toSummary(entry),
        text: content.text,
        marks: content.marks,
        figures: exportFigures(content.blocks),
      },
      note: notes.note,
      highlights: toHighlights(id, content.text, notes.highlights, content.blocks),
      entities: found.entityList,
      mentions: found.entities,
      settings: store.settings(),
    };
  }

  /** The articles to export; one whose text cannot be read is left out and named. */
  async function gather(
    options: LibraryExportOptions,
  ): Promise<{ articles: VaultArticle[]; skipped: string[] }> {
    const ids = options.articleIds ?? store.list().map((entry) => entry.id);
    for (const id of ids) entryOf(id);
    const articles: VaultArticle[] = [];
    const skipped: string[] = [];
    for (const [done, id] of ids.entries()) {
      if (options.signal?.aborted) break;
      try {
        const input = await exportInput(id);
        articles.push({ id, input, media: await keptMedia(store.dataDir, id) });
      } catch (error) {
        if (!(error instanceof GlossError) || error.code !== 'storage-error') throw error;
        skipped.push(entryOf(id).title);
      }
      options.onProgress?.('reading', done + 1, ids.length);
    }
    return { articles, skipped };
  }

  return {
    methods: {
      'export/markdown': async ({ articleId }) => exportMarkdown(await exportInput(articleId)),
      'export/library': async ({ articleIds, entityNotes }) => {
        const { articles, skipped } = await gather({ articleIds, entityNotes });
        const vault = buildVault(articles, { entityNotes: entityNotes ?? false, entityNote: userNote });
        const folder = `Gloss ${new Date().toISOString().slice(0, 10)}`;
        const zipped = await zipVault(vault.files, folder, mediaReader(store.dataDir));
        const data = Buffer.from(zipped).toString('base64');
        return { fileName: `${folder}.zip`, data, articleCount: articles.length, skipped };
      },
    },

    async toFolder(dir, options) {
      const manifest = await readManifest(dir);
      const { articles, skipped } = await gather(options);
      const vault = buildVault(articles, {
        entityNotes: options.entityNotes ?? false,
        entityNote: userNote,
        earlierPaths: new Map(Object.entries(manifest.articles)),
      });
      const report = await writeVaultFolder(dir, vault, {
        readMedia: mediaReader(store.dataDir),
        signal: options.signal,
        onProgress: (done, total) => options.onProgress?.('writing', done, total),
      });
      return { ...report, cancelled: report.cancelled || options.signal?.aborted === true, skipped };
    },
  };
}
