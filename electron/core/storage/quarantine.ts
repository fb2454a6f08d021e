import { access, rename } from 'node:fs/promises';
import { storageError } from './storage-error';

/** "2026-11-27T19-15-00Z": a timestamp that is a valid file name everywhere. */
export function fileTimestamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Move a damaged file aside, next to where it was, as `<name>.corrupt-<timestamp>`: it is never
 * overwritten or deleted, so nothing in it is lost even if the repair guessed wrong.
 * Returns where it was kept.
 */
export async function quarantine(file: string): Promise<string> {
  const stamp = fileTimestamp();
  let target = `${file}.corrupt-${stamp}`;
  for (let n = 2; await exists(target); n++) target = `${file}.corrupt-${stamp}-${n}`;
  try {
    await rename(file, target);
  } catch (error) {
    throw storageError('save', target, error);
  }
  return target;
}
