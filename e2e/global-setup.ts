import { electronBinary } from './launch';

/** The list reporter shows skipped tests without their reason, so say it once, up front. */
export default function globalSetup(): void {
  if (!electronBinary()) console.log(`\n${ELECTRON_SKIP_REASON}\n`);
}

export const ELECTRON_SKIP_REASON =
  'The "electron" project is skipped: the Electron runtime is not installed (node_modules/electron/path.txt or its binary is missing, and it cannot be downloaded here). The "browser" project runs the same specs against browser mode.';
