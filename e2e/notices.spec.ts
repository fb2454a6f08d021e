import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

test('a repaired library tells the user once, and the notice can be dismissed', async ({ gloss }) => {
  // First start imports the seeds and writes the index lazily; a restart leaves it at rest,
  // so nothing Gloss writes later can cover the damage done below.
  await new LibraryPage(await gloss.restart()).ready();
  // Something outside Gloss truncates the library index; Gloss repairs it on the next start.
  await writeFile(path.join(gloss.dataDir, 'library.json'), '{"articles": [', 'utf8');
  const library = await new LibraryPage(await gloss.restart()).ready();
  const notices = library.page.getByRole('region', { name: 'Library notices' });
  await expect(notices).toBeVisible();
  await expect(library.rows).toHaveCount(1);
  const dismiss = notices.getByRole('button', { name: 'Dismiss' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await expect(notices).toHaveCount(0);

  const again = await new LibraryPage(await gloss.restart()).ready();
  await expect(again.page.getByRole('region', { name: 'Library notices' })).toHaveCount(0);
  await expect(again.rows).toHaveCount(1);
});
