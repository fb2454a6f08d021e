import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isMainModule } from './is-main';

describe('telling the script Node was started with', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gloss cli #1 '));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const script = path.join(dir, 'entities 100%.ts');
  writeFileSync(script, '');

  it('recognises it in a folder whose name needs encoding in a URL', () => {
    expect(isMainModule(pathToFileURL(script).href, script)).toBe(true);
  });

  it('recognises it through a symlink', () => {
    const link = path.join(dir, 'link.ts');
    symlinkSync(script, link);
    expect(isMainModule(pathToFileURL(script).href, link)).toBe(true);
  });

  it('is false for another module, or without a script', () => {
    expect(isMainModule(pathToFileURL(path.join(dir, 'other.ts')).href, script)).toBe(false);
    expect(isMainModule(pathToFileURL(script).href, undefined)).toBe(false);
  });
});
