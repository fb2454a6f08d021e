// Rebuilding must not pull the files from under a Gloss that runs from the previous build (a
// browser-mode server reads dist/renderer on every request and starts workers from
// dist/electron): the new build is written to a fresh folder beside it, and only once it is
// complete does it take the old one's place, by two renames.
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Run `build(folder)` into a fresh folder beside `target` (`.dist-next-*`: at the same depth, so
 * the source maps' relative paths stay right), then swap it in as `target`. A failed build leaves `target` as it was. The previous build is removed
 * after the swap; where it cannot be (a file in use on Windows) it is left for the next build.
 */
export async function buildAside(target, build) {
  const stamp = `${Date.now()}-${process.pid}`;
  const beside = (what) => path.join(path.dirname(target), `.${path.basename(target)}-${what}-${stamp}`);
  const next = beside('next');
  const old = beside('old');
  try {
    await build(next);
  } catch (error) {
    await rm(next, { recursive: true, force: true });
    throw error;
  }
  const hadTarget = await rename(target, old).then(
    () => true,
    (error) => {
      if (error.code !== 'ENOENT') throw error;
      return false;
    },
  );
  try {
    await rename(next, target);
  } catch (error) {
    if (hadTarget) await rename(old, target); // put the running build back
    throw error;
  }
  if (hadTarget) await rm(old, { recursive: true, force: true }).catch(() => undefined);
}
