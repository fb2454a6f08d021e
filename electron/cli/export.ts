/**
 * `npm run --silent export -- --data-dir DIR --out DIR [--entity-notes]`: the library as a
 * folder of Markdown (the app's "Export library"), from the command line. Re-running it writes
 * only what changed and keeps files edited since. Prints one line of what it did; exit code 1
 * with the reason on stderr when it cannot (no such library, Gloss running on it, ...).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GlossError } from '../core/errors';
import { createLibrary } from '../core/library';
import { isMainModule } from './is-main';

const USAGE = 'usage: npm run --silent export -- --data-dir DIR --out DIR [--entity-notes]';

export async function runExportCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  output: NodeJS.WritableStream,
  errors: NodeJS.WritableStream,
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'data-dir': { type: 'string' },
        out: { type: 'string' },
        'entity-notes': { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    errors.write(`${(error as Error).message}\n${USAGE}\n`);
    return 1;
  }
  const dataDir = values['data-dir'] ?? env.GLOSS_DATA_DIR;
  if (!dataDir || !values.out) {
    errors.write(`${USAGE}\n`);
    return 1;
  }
  let library;
  try {
    library = await createLibrary({ dataDir: path.resolve(dataDir), seed: false, backfill: false });
  } catch (error) {
    errors.write(`${error instanceof GlossError ? error.message : String(error)}\n`);
    return 1;
  }
  try {
    const report = await library.exportToFolder(path.resolve(values.out), {
      entityNotes: values['entity-notes'],
    });
    output.write(
      `${report.written} written, ${report.unchanged} unchanged, ${report.kept.length} kept (edited outside Gloss)` +
        `${report.skipped.length ? `, ${report.skipped.length} articles left out (text unreadable)` : ''}\n`,
    );
    for (const kept of report.kept) output.write(`kept: ${kept}\n`);
    return 0;
  } catch (error) {
    errors.write(`${error instanceof GlossError ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await library.close();
  }
}

if (isMainModule(import.meta.url)) {
  process.exitCode = await runExportCli(process.argv.slice(2), process.env, process.stdout, process.stderr);
}
