import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Whether the module at `moduleUrl` (its `import.meta.url`) is the script Node was started with.
 * Comparing with `file://${argv[1]}` fails for a path with a space or "#" (the URL is
 * percent-encoded), on Windows (backslashes, drive letter) and through a symlink.
 */
export function isMainModule(moduleUrl: string, script: string | undefined = process.argv[1]): boolean {
  if (!script) return false;
  let real = script;
  try {
    real = realpathSync(script);
  } catch {
    // A script that is not a file (node -e): compare the path as given.
  }
  return moduleUrl === pathToFileURL(real).href;
}
