import { decodeMentions } from '../electron/contract/codec/mention-columns';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

test('the Entities tab lists entities, steps through mentions, and takes corrections with undo', async ({
  gloss,
}) => {
  const reader = await (await (await new LibraryPage(gloss.page).ready()).open(/Lavrov/)).entitiesReady();
  const detail = await reader.panel.openEntity('Xi Jinping');
  await expect(detail.getByText(/Mention 1 of \d+/)).toBeVisible();
  await expect.poll(() => reader.paintedTexts('gloss-focus')).toEqual(['Xi Jinping']);
  await detail.getByRole('button', { name: 'Next mention' }).click();
  await expect(detail.getByText(/Mention 2 of \d+/)).toBeVisible();
  await reader.page.keyboard.press(']');
  await expect(detail.getByText(/Mention 3 of \d+/)).toBeVisible();

  // Reject "Wang Yi" everywhere in the article; the marks go at once, and come back on undo.
  const wang = () =>
    reader.paintedTexts('entity-person').then((texts) => texts.filter((text) => text.startsWith('Wang')));
  await reader.pointsOf('Wang Yi');
  await expect.poll(wang).not.toEqual([]);
  const wangDetail = await reader.panel.openEntity('Wang Yi');
  await wangDetail.getByRole('button', { name: 'Not a person' }).click();
  await expect(reader.panel.entity('Wang Yi')).toHaveCount(0);
  await expect.poll(wang).toEqual([]);
  const correction = reader.panel.root.getByTestId('correction');
  await expect(correction).toContainText('Not an entity: “Wang Yi”');

  await reader.page.keyboard.press('ControlOrMeta+z');
  await expect(reader.panel.entity('Wang Yi')).toHaveCount(1);
  await expect.poll(wang).not.toEqual([]);
  await expect(correction).toHaveCount(0);
});

test('change an entity type and add one from a selection; both survive a reload', async ({ gloss }) => {
  const reader = await (await (await new LibraryPage(gloss.page).ready()).open(/Lavrov/)).entitiesReady();
  const kremlin = 'Kremlin';
  await reader.select(kremlin);
  await reader.selectionToolbar.getByRole('button', { name: 'Entity…' }).click();
  await reader.selectionToolbar.getByRole('menuitem', { name: 'Organization' }).click();
  await expect.poll(() => reader.paintedTexts('entity-organization')).toContain(kremlin);

  const detail = await reader.panel.openEntity('Beijing');
  await detail.getByLabel('Type').selectOption('organization');
  await detail.getByRole('button', { name: 'Change' }).click();
  await reader.pointsOf('Beijing');
  await expect.poll(() => reader.paintedTexts('entity-organization')).toContain('Beijing');
  await expect.poll(() => reader.paintedTexts('entity-place')).not.toContain('Beijing');

  await reader.page.reload();
  await reader.ready();
  await reader.entitiesReady();
  // Marks are painted only near the viewport: look at each passage in turn.
  await reader.pointsOf(kremlin);
  await expect.poll(() => reader.paintedTexts('entity-organization')).toContain(kremlin);
  await reader.pointsOf('Beijing');
  await expect.poll(() => reader.paintedTexts('entity-organization')).toContain('Beijing');
});

test('from an entity, other articles that mention it open at the first mention', async ({ gloss }) => {
  const library = await new LibraryPage(gloss.page).ready();
  await library.importFile(
    'talks.md',
    '# Talks in Beijing\n\nOfficials said Sergey Lavrov would return to Beijing in May.\n',
    'text/markdown',
  );
  await expect(library.rows).toHaveCount(2);
  const reader = await (await library.open(/Lavrov meets|Sergey Lavrov meets/)).entitiesReady();
  const detail = await reader.panel.openEntity('Sergey Lavrov');
  const other = detail.getByRole('link', { name: 'Talks in Beijing' });
  await expect(other).toBeVisible();
  await other.click();
  await expect(reader.title()).toHaveText('Talks in Beijing');
  await reader.ready();
  await expect.poll(() => reader.paintedTexts('gloss-flash')).toEqual(['Sergey Lavrov']);
});

test('merge one entity into another; hovering its mentions then shows the other name', async ({ gloss }) => {
  const reader = await (await (await new LibraryPage(gloss.page).ready()).open(/Lavrov/)).entitiesReady();
  const list = await gloss.call('articles/list', {});
  if (!('result' in list)) throw new Error(list.error.message);
  const found = await gloss.call('entities/get', { articleId: list.result[0]!.id });
  if (!('result' in found)) throw new Error(found.error.message);
  const article = await gloss.call('articles/get', { id: list.result[0]!.id });
  if (!('result' in article)) throw new Error(article.error.message);
  // Two people the detector keeps apart, whatever the model calls them.
  const people = found.result.entityList.filter((entity) => entity.type === 'person');
  const [into, from] = [...people].sort((a, b) => b.mentionCount - a.mentionCount);
  if (!into || !from) throw new Error('The seed article should have at least two people.');
  const mention = decodeMentions(article.result.text, found.result.mentions, found.result.entityList).find(
    (item) => item.entityId === from.id,
  )!;

  const detail = await reader.panel.openEntity(from.name);
  await detail.getByLabel('Same as').selectOption({ label: into.name });
  await detail.getByRole('button', { name: 'Merge' }).click();
  await expect(reader.panel.entity(from.name)).toHaveCount(0);
  await expect(reader.panel.entity(into.name)).toContainText(String(into.mentionCount + from.mentionCount));

  await reader.hover(mention.text);
  await expect(reader.tooltip).toContainText(into.name);
  // The pointer cursor is on the hovered block alone, not switched on the whole article.
  const { middle } = await reader.pointsOf(mention.text, 0, false);
  const cursor = () =>
    gloss.page.evaluate(({ x, y }) => getComputedStyle(document.elementFromPoint(x, y)!).cursor, middle);
  await expect.poll(cursor).toBe('pointer');
  expect(await gloss.page.locator('[data-block][data-pointer]').count()).toBe(1);
  // Out of the article (over the side panel): no block keeps it.
  await gloss.page.mouse.move(1300, 450, { steps: 3 });
  await expect.poll(() => gloss.page.locator('[data-pointer]').count()).toBe(0);
});
