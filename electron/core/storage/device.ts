import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileDurably } from './durable-write';
import type { Layout } from './layout';
import { storageError } from './storage-error';

/**
 * This library's device id (`device.json`), made once: the author named in every change record
 * it makes, so records of several devices can later be merged.
 */
export async function loadDevice(layout: Layout): Promise<string> {
  try {
    const file = JSON.parse(await readFile(layout.device, 'utf8')) as { device?: unknown } | null;
    if (typeof file?.device === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(file.device)) return file.device;
  } catch {
    // Missing or damaged: a new id. Records already made keep the old one; nothing depends on it yet.
  }
  const device = randomBytes(8).toString('hex');
  try {
    await writeFileDurably(layout.device, JSON.stringify({ device }));
  } catch (error) {
    throw storageError('save', layout.device, error);
  }
  return device;
}
