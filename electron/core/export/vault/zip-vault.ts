import { strToU8, zipSync, type Zippable } from 'fflate';
import type { VaultFile } from './build-vault';
import { fileContent, type ReadMedia } from './write-folder';

/**
 * The vault as a .zip, every file under one top folder (unzipping never scatters files). Images
 * are stored as they are: they are compressed already.
 */
export async function zipVault(
  files: readonly VaultFile[],
  folder: string,
  readMedia: ReadMedia,
): Promise<Uint8Array> {
  const tree: Zippable = {};
  for (const file of files) {
    const content = await fileContent(file, readMedia);
    tree[`${folder}/${file.path}`] =
      typeof content === 'string' ? [strToU8(content), { level: 6 }] : [content, { level: 0 }];
  }
  return zipSync(tree);
}
