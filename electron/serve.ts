/**
 * Browser mode: the same core on a loopback HTTP host, for machines where the Electron runtime
 * is missing. Prints one line with the address to open, then serves until SIGINT/SIGTERM.
 */
import path from 'node:path';
import { GlossError } from './core/errors';
import { findMedia } from './core/storage/media-file';
import { createLibrary } from './core/library';
import { nodePlatform } from './core/platform';
import { startHttpHost } from './host/http-host';
import { parseLaunchOptions } from './host/options';

async function main(): Promise<void> {
  const options = parseLaunchOptions(process.argv.slice(2));
  const platform = nodePlatform();
  const library = await createLibrary({ dataDir: options.dataDir, platform });
  const host = await startHttpHost({
    dispatch: library.dispatch,
    subscribe: (listener) => library.subscribe(listener),
    rendererDir: path.join(platform.resourcesDir, 'dist', 'renderer'),
    media: (pathname) => findMedia(library.dataDir, pathname),
    port: options.port,
  });
  console.log(`Gloss is running at ${host.url}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await library.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop());
}

main().catch((error: unknown) => {
  const message =
    error instanceof GlossError || (error instanceof Error && /^--port/.test(error.message))
      ? error.message
      : `Gloss could not start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(message);
  process.exit(1);
});
