import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

const ARTICLE = '# Harbour talks resume\n\nPort officials from Rotterdam and Antwerp met on Monday.\n';

test('restoring a backup brings back the earlier settings and keeps every article', async ({ gloss }) => {
  // Backups are made when Gloss opens a library that changed since the last one: the restart
  // backs up the library as first set up (theme: follow the system, one article).
  let library = await new LibraryPage(await gloss.restart()).ready();
  const html = library.page.locator('html');
  const toggle = library.page.getByTestId('theme-toggle');
  await toggle.click();
  await toggle.click();
  await expect(toggle).toHaveAttribute('data-theme-setting', 'dark');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await library.importFile('harbour.md', ARTICLE, 'text/markdown');
  await expect(library.rows).toHaveCount(2);

  let backups = await library.openBackups();
  await expect(backups.rows).toHaveCount(1);
  await expect(backups.rows.first()).toContainText('1 article');

  // Esc leaves the confirmation, not the list; nothing has changed.
  const confirmation = await backups.askToRestore(backups.rows.first());
  await expect(confirmation).toContainText('settings, such as the theme');
  await expect(confirmation).toContainText('articles, highlights and notes stay as they are');
  await expect(confirmation.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await library.page.keyboard.press('Escape');
  await expect(confirmation).toBeHidden();
  await expect(backups.root).toBeVisible();
  await expect(html).toHaveAttribute('data-theme', 'dark');

  await backups.restore(backups.rows.first());
  await expect(backups.root).toBeHidden();
  await expect(library.toast(/Restored the library backup from/)).toBeVisible();
  await expect(toggle).toHaveAttribute('data-theme-setting', 'system');
  await expect(html).toHaveAttribute('data-theme', 'light');
  // The article imported after the backup is still there.
  await expect(library.row('Harbour talks resume')).toBeVisible();
  await expect(library.rows).toHaveCount(2);

  // The library as it was just before the restore is now the newest backup.
  backups = await library.openBackups();
  await expect(backups.rows).toHaveCount(2);
  await expect(backups.rows.first()).toContainText('2 articles');
  await backups.close();

  library = await new LibraryPage(await gloss.restart()).ready();
  await expect(library.page.getByTestId('theme-toggle')).toHaveAttribute('data-theme-setting', 'system');
  await expect(library.rows).toHaveCount(2);
});

test('a new library has no backups yet; the dialog opens from the shortcut list and closes with Esc', async ({
  gloss,
}) => {
  const library = await new LibraryPage(gloss.page).ready();
  await library.page.keyboard.press('?');
  const help = library.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await help.getByRole('button', { name: 'Library backups' }).click();
  await expect(help).toBeHidden();

  const backups = library.page.getByRole('dialog', { name: 'Library backups' });
  await expect(backups.getByRole('heading', { name: 'No backups yet' })).toBeVisible();
  await expect(backups.getByRole('button', { name: 'Close' })).toBeFocused();
  // The page behind is inert: Tab stays inside the dialog.
  await library.page.keyboard.press('Tab');
  await library.page.keyboard.press('Tab');
  expect(await backups.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);

  await library.page.keyboard.press('Escape');
  await expect(backups).toBeHidden();
  // Shortcuts work again once it is closed.
  await library.page.keyboard.press('/');
  await expect(library.search).toBeFocused();
});

test('a backup that vanished before the restore is reported in plain words', async ({ gloss }) => {
  const library = await new LibraryPage(await gloss.restart()).ready();
  const backups = await library.openBackups();
  await expect(backups.rows).toHaveCount(1);

  // Something outside Gloss deletes the backup while the list is on screen.
  const folder = path.join(gloss.dataDir, 'backups');
  for (const name of await readdir(folder)) await rm(path.join(folder, name), { recursive: true });

  await backups.restore(backups.rows.first());
  const alert = backups.root.getByRole('alert');
  await expect(alert).toHaveText('The backup was not restored. That backup no longer exists.');
  await expect(backups.root.getByRole('heading', { name: 'No backups yet' })).toBeVisible();
  await expect(library.rows).toHaveCount(1);
});
