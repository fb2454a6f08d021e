import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface LaunchOptions {
  /** Force browser mode even where Electron could run. */
  browser: boolean;
  /** Port for browser mode; 0 = any free port. */
  port: number;
  dataDir: string;
}

/** The folder Electron would use as userData for "Gloss", so both modes share one library. */
export function defaultDataDir(): string {
  const home = os.homedir();
  if (process.platform === 'win32')
    return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Gloss');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Gloss');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Gloss');
}

/**
 * `--browser`, `--port N`, `--data-dir DIR` (else GLOSS_DATA_DIR, else the per-user folder).
 * Unknown flags are ignored, so Electron's and Chromium's own switches pass through.
 */
export function parseLaunchOptions(
  argv: string[],
  env = process.env,
  fallbackDataDir: () => string = defaultDataDir,
): LaunchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: false,
    allowPositionals: true,
    options: {
      browser: { type: 'boolean', default: false },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
    },
  });
  const portText = typeof values.port === 'string' ? values.port : '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535 (0 picks a free port), not "${portText}".`);
  }
  const dataDir =
    typeof values['data-dir'] === 'string' ? values['data-dir'] : env.GLOSS_DATA_DIR || fallbackDataDir();
  return { browser: values.browser === true, port, dataDir: path.resolve(dataDir) };
}
