import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FolderExportReport } from '../../../contract/model';
import type { MediaRef, Vault, VaultFile } from './build-vault';

/** Kept in the folder: what Gloss wrote there last time, to tell its files from edited ones. */
export const MANIFEST = '.gloss-export.json';

interface Manifest {
  format: 1;
  exportedAt: string;
  /** Article id -> path. */
  articles: Record<string, string>;
  /** Path -> SHA-256 of the content Gloss last wrote there. */
  files: Record<string, string>;
}

/** What writing the vault did (the contract's report, less what the gathering adds). */
export type FolderReport = Omit<FolderExportReport, 'skipped'>;

const sha = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

/** A kept image's bytes, from the article's media folder. */
export type ReadMedia = (media: MediaRef) => Promise<Uint8Array>;

/** What a vault file holds: its Markdown, or the image it copies. */
export const fileContent = (file: VaultFile, readMedia: ReadMedia): Promise<string | Uint8Array> =>
  'media' in file ? readMedia(file.media) : Promise.resolve(file.content);

/** The manifest of an earlier export into `dir`; an empty one when there is none or it is damaged. */
export async function readManifest(dir: string): Promise<Manifest> {
  const empty: Manifest = { format: 1, exportedAt: '', articles: {}, files: {} };
  try {
    const parsed = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as Partial<Manifest>;
    if (parsed.format !== 1 || typeof parsed.files !== 'object' || typeof parsed.articles !== 'object')
      return empty;
    return { ...empty, ...parsed };
  } catch {
    return empty;
  }
}

async function readIfThere(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function writeAtomically(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await writeFile(temp, content);
  await rename(temp, file);
}

/**
 * Write a vault into a folder, again and again: a file (Markdown or image) is written only when
 * its content changed, and never over a file that was edited outside Gloss since Gloss wrote it
 * (or that Gloss did not write): such files are kept and reported. Images are read one at a time. Files of articles no longer exported
 * stay where they are. Cancel with `signal` between files.
 */
export async function writeVaultFolder(
  dir: string,
  vault: Vault,
  options: {
    readMedia: ReadMedia;
    signal?: AbortSignal;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<FolderReport> {
  const manifest = await readManifest(dir);
  const report: FolderReport = { written: 0, unchanged: 0, kept: [], cancelled: false };
  const root = path.resolve(dir);
  let done = 0;
  for (const file of vault.files) {
    if (options.signal?.aborted) {
      report.cancelled = true;
      break;
    }
    const target = path.resolve(root, ...file.path.split('/'));
    if (!target.startsWith(root + path.sep)) throw new Error(`vault path escapes the folder: ${file.path}`);
    const content = await fileContent(file, options.readMedia);
    const wanted = sha(content);
    const current = await readIfThere(target);
    const currentHash = current === null ? null : sha(current);
    if (currentHash === wanted) report.unchanged++;
    else if (current === null || manifest.files[file.path] === currentHash) {
      await writeAtomically(target, content);
      report.written++;
    } else report.kept.push(file.path);
    if (!report.kept.includes(file.path)) manifest.files[file.path] = wanted;
    options.onProgress?.(++done, vault.files.length);
  }
  for (const [id, articlePath] of vault.articlePaths) manifest.articles[id] = articlePath;
  manifest.exportedAt = new Date().toISOString();
  await writeAtomically(path.join(root, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return report;
}
