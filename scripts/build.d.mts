/** Build the app into dist/ (renderer, Electron entries, browser-mode host); see build.mjs. */
export function buildApp(options?: { quiet?: boolean }): Promise<void>;
