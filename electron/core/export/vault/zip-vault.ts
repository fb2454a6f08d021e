import { strToU8, zipSync, type Zippable } from 'fflate';
import type { VaultFile } from './build-vault';

/** The vault as a .zip, every file under one top folder (unzipping never scatters files). */
export function zipVault(files: readonly VaultFile[], folder: string): Uint8Array {
  const tree: Zippable = {};
  for (const file of files) tree[`${folder}/${file.path}`] = [strToU8(file.content), { level: 6 }];
  return zipSync(tree);
}
