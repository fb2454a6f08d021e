import type { PathedFile } from './import-groups';

/** Most files read from dropped folders: a page's `_files` folder holds tens, not thousands. */
export const MAX_DROPPED_FILES = 2000;

export interface DroppedFiles {
  files: PathedFile[];
  /** More files than MAX_DROPPED_FILES were in the dropped folders; the rest were not read. */
  truncated: boolean;
}

const readEntries = (reader: FileSystemDirectoryReader) =>
  new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
const fileOf = (entry: FileSystemFileEntry) =>
  new Promise<File>((resolve, reject) => entry.file(resolve, reject));
const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory;
const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;

/**
 * The entries of a drop, taken while the drop event runs (its DataTransfer is emptied as soon
 * as the handler returns); null for a drop without entries (then `files` is all there is).
 */
export function dropEntries(data: DataTransfer): { entries: FileSystemEntry[] | null; files: File[] } {
  const files = Array.from(data.files);
  const entries = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  const usable = entries.length > 0 && entries.every((entry) => entry !== null);
  return { entries: usable ? entries : null, files };
}

/**
 * Every file of a drop with its path inside it: dropped folders are walked (a saved page's
 * `Page_files/`), depth first, up to MAX_DROPPED_FILES files.
 */
export async function droppedFiles(drop: ReturnType<typeof dropEntries>): Promise<DroppedFiles> {
  if (!drop.entries)
    return { files: drop.files.map((file) => ({ file, path: file.name })), truncated: false };
  const files: PathedFile[] = [];
  let truncated = false;
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (files.length >= MAX_DROPPED_FILES) {
      truncated = true;
      return;
    }
    if (isFile(entry)) {
      files.push({ file: await fileOf(entry), path: entry.fullPath.replace(/^\/+/, '') || entry.name });
    } else if (isDirectory(entry)) {
      const reader = entry.createReader();
      // readEntries answers in batches (100 in Chromium) until it answers none.
      for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const entry of drop.entries) await walk(entry);
  return { files, truncated };
}
