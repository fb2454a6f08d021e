import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileDurably } from './durable-write';
import { FILE_SCHEMAS, type ContentFile, type FileKind, type IndexFile } from './file-schemas';
import { loadFile } from './load-file';
import { isValidId, SCHEMA_VERSION, type Layout } from './layout';
import { upgrade, versionOf } from './migrations';
import type { EntryFields } from './model-schemas';
import { entryFields } from './entries';
import { fileTimestamp } from './quarantine';

interface OldFile {
  id: string;
  kind: Exclude<FileKind, 'index' | 'notices' | 'entityLibrary'>; // an article's files
  file: string;
  raw: Record<string, unknown>;
}

/** Article files older than SCHEMA_VERSION. Unreadable ones are left for the normal repair. */
async function findOldFiles(layout: Layout): Promise<OldFile[]> {
  const ids = (await readdir(layout.articles).catch(() => [] as string[])).filter(isValidId);
  const found: OldFile[] = [];
  for (const id of ids) {
    const files = [
      ['content', layout.content(id)],
      ['notes', layout.notes(id)],
      ['entities', layout.entities(id)],
    ] as const;
    for (const [kind, file] of files) {
      try {
        const raw = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
        if (typeof raw === 'object' && raw !== null && versionOf(raw) < SCHEMA_VERSION)
          found.push({ id, kind, file, raw });
      } catch {
        // Missing or damaged: not ours to migrate.
      }
    }
  }
  return found;
}

/**
 * Bring a library stored at an older schema up to SCHEMA_VERSION, once: first copy every file
 * that will change into `backups/migration-from-v<n>-<time>/`, then rewrite each (atomically),
 * and the index last. If this is cut short, the index still says the old version and the next
 * open migrates what is left; already migrated files are skipped. Returns the backup folder.
 */
export async function migrateLibrary(layout: Layout, index: IndexFile, from: number): Promise<string> {
  const backupDir = path.join(layout.backups, `migration-from-v${from}-${fileTimestamp()}`);
  const old = await findOldFiles(layout);
  await mkdir(backupDir, { recursive: true });
  await copyFile(layout.index, path.join(backupDir, 'library.json')).catch(() => undefined);
  for (const { file } of old) {
    const target = path.join(backupDir, path.relative(layout.dataDir, file));
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(file, target);
  }

  const entryFor = await entrySources(layout, index);
  // Content first: a notes file takes its article's entry partly from there.
  const order: Record<OldFile['kind'], number> = { content: 0, notes: 1, entities: 2 };
  for (const item of old.sort((a, b) => order[a.kind] - order[b.kind])) {
    try {
      const { data } = upgrade(item.kind, item.raw, { entry: await entryFor.get(item.id) });
      const parsed = FILE_SCHEMAS[item.kind].parse(data);
      if (item.kind === 'content') entryFor.imported.set(item.id, (parsed as ContentFile).entry);
      // Atomic but not fsynced one by one: until the index below says so, this is redone on open.
      await writeFileDurably(item.file, JSON.stringify(parsed), { fsync: false });
    } catch {
      // Not migratable as it is: left untouched, so opening it later goes through the repair.
    }
  }
  await writeFileDurably(layout.index, JSON.stringify(index));
  return backupDir;
}

/**
 * An article's entry for migrating its notes file: the entry as imported (article.json), with
 * what the old index held for it on top (the user's edits). Only fields the old index actually
 * had count: an old index may have kept less than an entry has now.
 */
async function entrySources(layout: Layout, index: IndexFile) {
  const raw = (await readFile(layout.index, 'utf8')
    .then((text) => JSON.parse(text) as { articles?: unknown })
    .catch(() => ({}))) as { articles?: unknown };
  const rawKeys = new Map<string, string[]>();
  for (const article of Array.isArray(raw.articles) ? (raw.articles as Record<string, unknown>[]) : []) {
    const record = (article.entry ?? article) as Record<string, unknown>;
    if (typeof record.id === 'string') rawKeys.set(record.id, Object.keys(record));
  }
  const indexed = new Map(index.articles.map(({ entry }) => [entry.id, entryFields(entry)]));
  const imported = new Map<string, EntryFields>();
  return {
    imported,
    async get(id: string): Promise<EntryFields | undefined> {
      const fromIndex = indexed.get(id);
      let fromContent = imported.get(id);
      if (!fromContent) {
        const loaded = await loadFile('content', layout.content(id)).catch(() => null);
        if (loaded?.status === 'ok') fromContent = loaded.data.entry;
      }
      if (!fromContent || !fromIndex) return fromIndex ?? fromContent;
      const keys = rawKeys.get(id) ?? [];
      const overlay = Object.fromEntries(Object.entries(fromIndex).filter(([key]) => keys.includes(key)));
      return { ...fromContent, ...overlay, id };
    },
  };
}
