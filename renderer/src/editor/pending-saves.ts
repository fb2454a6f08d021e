/**
 * Notes save a moment after typing stops. Anything that reads notes back (export, leaving the
 * article, closing the window) first calls `flushAllSaves`, so nothing typed is left behind.
 */
const flushers = new Set<() => Promise<void>>();

export function registerFlush(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushAllSaves(): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush()));
}
