import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { RulesPage } from './pages/rules-page';

test('a correction made for every article holds in another article, can be switched off there, and is edited in the rules view', async ({
  gloss,
}) => {
  const library = await new LibraryPage(gloss.page).ready();
  await library.importFile(
    'talks.md',
    '# Talks in Beijing\n\nOfficials said the delegation would return to Beijing in May.\n',
    'text/markdown',
  );
  await expect(library.rows).toHaveCount(2);

  // In the seed article: Beijing is an organization, in every article.
  const reader = await (await library.open(/Lavrov meets|Sergey Lavrov meets/)).entitiesReady();
  const detail = await reader.panel.openEntity('Beijing');
  await detail.getByLabel('Type').selectOption('organization');
  await detail.getByLabel('In every article').check();
  await detail.getByRole('button', { name: 'Change' }).click();
  await expect(reader.page.getByText('In every article: “Beijing” is an organization.')).toBeVisible();
  await reader.pointsOf('Beijing');
  await expect.poll(() => reader.paintedTexts('entity-organization')).toContain('Beijing');

  // The other article follows the rule, and lists it.
  await reader.page.goBack();
  const other = await (await (await library.ready()).open('Talks in Beijing')).entitiesReady();
  await expect.poll(() => other.paintedTexts('entity-organization')).toContain('Beijing');
  await other.panel.showEntities();
  const here = other.panel.root.getByTestId('article-rule');
  await expect(here).toHaveText(/“Beijing” is an organization/);

  // Switched off in this article only: Beijing is a place again here.
  await here.getByRole('button', { name: 'Not here' }).click();
  await expect(here).toContainText('off here');
  await expect.poll(() => other.paintedTexts('entity-place')).toContain('Beijing');
  await expect.poll(() => other.paintedTexts('entity-organization')).not.toContain('Beijing');
  await here.getByRole('button', { name: 'Apply here' }).click();
  await expect.poll(() => other.paintedTexts('entity-organization')).toContain('Beijing');

  // The rules view: edit the rule, then delete it with undo.
  await other.panel.root.getByRole('link', { name: 'All library rules' }).click();
  const rules = await new RulesPage(other.page).ready();
  await expect(rules.rules).toHaveCount(1);
  await rules.page.screenshot({ path: test.info().outputPath('rules-light.png'), fullPage: true });
  await rules.rules
    .first()
    .getByRole('button', { name: /^Edit the rule/ })
    .click();
  await rules.rules.first().getByLabel('Type').selectOption('event');
  await rules.rules.first().getByRole('button', { name: 'Save' }).click();
  await expect(rules.rules.first()).toContainText('“Beijing” is an event');
  await rules.page.emulateMedia({ colorScheme: 'dark' });
  await rules.page.screenshot({ path: test.info().outputPath('rules-dark.png'), fullPage: true });

  await rules.rules
    .first()
    .getByRole('button', { name: /^Delete the rule/ })
    .click();
  await expect(rules.rules).toHaveCount(0);
  await rules.page.keyboard.press('ControlOrMeta+z');
  await expect(rules.rules).toHaveCount(1);

  // Back in the article, the edited rule holds.
  await rules.page.goBack();
  await other.ready();
  await other.entitiesReady();
  await expect.poll(() => other.paintedTexts('entity-event')).toContain('Beijing');
});

test('a correction for every article is undone from its toast and redone, and the marks follow', async ({
  gloss,
}) => {
  const reader = await (
    await (await new LibraryPage(gloss.page).ready()).open(/Lavrov meets|Sergey Lavrov meets/)
  ).entitiesReady();
  const detail = await reader.panel.openEntity('Beijing');
  await detail.getByLabel('Type').selectOption('organization');
  await detail.getByLabel('In every article').check();
  await detail.getByRole('button', { name: 'Change' }).click();
  const made = reader.page.getByText('In every article: “Beijing” is an organization.');
  await expect(made).toBeVisible();
  await reader.pointsOf('Beijing');
  await expect.poll(() => reader.paintedTexts('entity-organization')).toContain('Beijing');

  // The toast's Undo takes the rule back through the history; the marks follow its event.
  await made.locator('..').getByRole('button', { name: /Undo/ }).click();
  await expect.poll(() => reader.paintedTexts('entity-place')).toContain('Beijing');
  await expect.poll(() => reader.paintedTexts('entity-organization')).not.toContain('Beijing');

  await reader.page.getByRole('button', { name: /^Redo/ }).click();
  await expect.poll(() => reader.paintedTexts('entity-organization')).toContain('Beijing');
});
