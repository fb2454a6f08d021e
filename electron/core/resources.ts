import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder that holds the app's shipped resources (`seeds/`, `models/`). The shell sets
 * GLOSS_RESOURCES_DIR in a packaged app; otherwise it is the nearest folder above this module
 * with a package.json (the project root, from sources or from the `dist/` bundle).
 */
export function resourcesDir(): string {
  const fromEnv = process.env.GLOSS_RESOURCES_DIR;
  if (fromEnv) return fromEnv;
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
