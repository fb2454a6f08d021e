import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { VaultFile } from './build-vault';
import { fileContent, type ReadMedia } from './write-folder';

/** Compressing is CPU work on the core's thread: it gives way to other calls this often (ms). */
const SLICE_MS = 8;

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The vault as a .zip, every file under one top folder (unzipping never scatters files). Images
 * are stored as they are: they are compressed already. The archive is built file by file, giving
 * way every few milliseconds, so the core keeps answering while a large library is zipped.
 */
export async function zipVault(
  files: readonly VaultFile[],
  folder: string,
  readMedia: ReadMedia,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) failures.push(error);
    else chunks.push(chunk);
  });
  let sliceStart = performance.now();
  for (const file of files) {
    const content = await fileContent(file, readMedia);
    const name = `${folder}/${file.path}`;
    const entry = typeof content === 'string' ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    zip.add(entry);
    entry.push(typeof content === 'string' ? strToU8(content) : content, true);
    if (failures[0]) throw failures[0];
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToOthers();
      sliceStart = performance.now();
    }
  }
  zip.end();
  if (failures[0]) throw failures[0];
  return concat(chunks);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}
