/** Run `build(folder)` into a fresh folder, then swap it in as `target` (see build-aside.mjs). */
export function buildAside(target: string, build: (folder: string) => Promise<void>): Promise<void>;
