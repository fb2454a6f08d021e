import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { isAllowedPermission, isOwnFrame } from './main-window';
import { checkExportFolderArgs } from './export-folder';
import { checkSaveArgs, saveDialogKind, writeFileAtomic } from './save-file';

const window = { isDestroyed: () => false, webContents: { id: 1 } } as unknown as BrowserWindow;
const sender = (id: number) => ({ id }) as WebContents;
const top = (url: string) => ({ url, parent: null });
const sub = (url: string) => ({ url, parent: top('gloss://app/index.html') });

describe('IPC sender check', () => {
  it.each([
    ['its own window showing the app', window, 1, top('gloss://app/index.html'), true],
    ['another window', window, 2, top('gloss://app/index.html'), false],
    ['a page navigated elsewhere', window, 1, top('https://evil.example/'), false],
    ['a file:// page', window, 1, top('file:///etc/passwd'), false],
    ['a look-alike origin', window, 1, top('gloss://app.evil/index.html'), false],
    ['a sub-frame, even one showing the app', window, 1, sub('gloss://app/index.html'), false],
    ['a frame that is gone', window, 1, null, false],
    ['no window', null, 1, top('gloss://app/index.html'), false],
  ])('%s → %s', (_name, win, senderId, frame, allowed) => {
    expect(isOwnFrame(win, sender(senderId), frame)).toBe(allowed);
  });

  it('refuses a destroyed window', () => {
    const destroyed = { isDestroyed: () => true, webContents: { id: 1 } } as unknown as BrowserWindow;
    expect(isOwnFrame(destroyed, sender(1), top('gloss://app/index.html'))).toBe(false);
  });
});

describe('permissions of the app page', () => {
  it('may write the clipboard (Copy bookmarklet) and nothing else', () => {
    expect(isAllowedPermission('clipboard-sanitized-write')).toBe(true);
    for (const permission of [
      'clipboard-read',
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'fullscreen',
    ])
      expect(isAllowedPermission(permission)).toBe(false);
  });
});

describe('saving an export', () => {
  it.each([
    ['a path', 'a/b.md', 'x'],
    ['a Windows path', 'a\\b.md', 'x'],
    ['an empty name', '  ', 'x'],
    ['a non-string name', 42, 'x'],
    ['non-string content', 'a.md', { evil: true }],
  ])('refuses %s', (_name, name, content) => {
    expect(() => checkSaveArgs(name, content)).toThrow(/not valid/);
  });

  it('saves only Markdown and Web Annotation files, each with its own dialog filter', () => {
    expect(() => checkSaveArgs('run.exe', 'x')).toThrow(/only .md and .jsonld/);
    expect(saveDialogKind('notes.md').filters).toEqual([{ name: 'Markdown', extensions: ['md'] }]);
    expect(saveDialogKind('Gloss annotations.jsonld')).toMatchObject({
      title: 'Export highlights as Web Annotations',
      filters: [{ extensions: ['jsonld'] }],
    });
  });

  it('writes atomically and leaves no temp file behind', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gloss-save-'));
    const target = path.join(dir, 'notes.md');
    await writeFileAtomic(target, 'first');
    await writeFileAtomic(target, '# second');
    expect(await readFile(target, 'utf8')).toBe('# second');
    expect(await readdir(dir)).toEqual(['notes.md']);
    await rm(dir, { recursive: true });
  });
});

describe('exporting into a folder', () => {
  it.each([
    ['no options', undefined],
    ['a folder chosen by the page', { entityNotes: true, dir: '/etc' }],
    ['entityNotes not a boolean', { entityNotes: 'yes' }],
    ['an article id with a path in it', { entityNotes: false, articleIds: ['../x'] }],
    ['an empty selection', { entityNotes: false, articleIds: [] }],
  ])('refuses %s', (_name, options) => {
    expect(() => checkExportFolderArgs(options)).toThrow(/not valid/);
  });

  it('passes valid options through', () => {
    expect(checkExportFolderArgs({ entityNotes: true, articleIds: ['a1', 'b_2'] })).toEqual({
      entityNotes: true,
      articleIds: ['a1', 'b_2'],
    });
  });
});
