import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder that holds the app's shipped resources (`seeds/`, `models/`) in plain Node: the
 * nearest folder above this module with a package.json (the project root, from sources or from
 * the `dist/` bundle). The Electron shell passes its own (createLibrary's `platform`).
 */
export function resourcesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Gloss cannot find its resources folder (no package.json above it).');
    dir = parent;
  }
  return dir;
}

export function resourcePath(...segments: string[]): string {
  return path.join(resourcesDir(), ...segments);
}
