/** The Electron binary, or null when `node_modules/electron/path.txt` or the binary is missing. */
export function electronBinary(): string | null;
