import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, test } from './fixtures';
import { root } from './launch';
import { LibraryPage } from './pages/library-page';

const SENTENCE =
  "Russia's growing economic and diplomatic isolation has made it increasingly reliant on China, as both countries have their own differences with common rival - the United States.";
const SEED_TITLE = /Lavrov/;

test('read the seed article, highlight, annotate, tag, restart, and export', async ({ gloss }) => {
  // The whole reading loop with a restart: on a loaded machine it outlasts one test's minute.
  test.slow();
  const library = await new LibraryPage(gloss.page).ready();
  await expect(library.rows).toHaveCount(1);
  await expect(library.row(SEED_TITLE)).toContainText('2024');

  // The seed article opens with entity marks on the people it is about.
  const reader = await (await library.open(SEED_TITLE)).entitiesReady();
  await expect(reader.page.getByTestId('published')).toHaveAttribute('datetime', /^2024-04-09/);
  await expect
    .poll(() => reader.paintedTexts('entity-person'))
    .toEqual(expect.arrayContaining(['Xi Jinping', 'Lavrov']));
  await reader.hover('Lavrov', 1);
  await expect(reader.tooltip).toContainText('Person');
  await expect(reader.tooltip).toContainText(/Lavrov/);

  // Select a sentence and highlight it with the keyboard.
  await reader.select(SENTENCE);
  await reader.page.keyboard.press('h');
  const card = reader.panel.card(SENTENCE);
  await expect(card).toBeVisible();
  await expect.poll(() => reader.paintedTexts('user-yellow')).toContain(SENTENCE);

  // A note with bold text, a tag, and the article's own note and tag.
  await reader.panel.writeNote(card, 'Isolation pushes Moscow toward **Beijing**, says the piece.');
  await expect(card.locator('strong, .ed-bold')).toHaveText('Beijing');
  await reader.panel.addTag(card, 'russia-china');
  await expect(reader.panel.tags(card)).toHaveText(['#russia-china']);
  await reader.panel.writeNote(reader.panel.articleNote, 'Compare with the March summit coverage.');
  await reader.panel.addTag(reader.panel.articleTags, 'diplomacy');
  await expect(reader.panel.tags(reader.panel.articleTags)).toHaveText(['#diplomacy']);

  // The README's screenshot: the highlight, its card, and an entity's tooltip. Written to
  // docs/ only when asked (GLOSS_UPDATE_SCREENSHOT=1), so a test run leaves the checkout clean.
  await reader.page.keyboard.press('Escape');
  await reader.article.evaluate((element) => element.scrollTo(0, 0));
  await reader.hover('Xi Jinping', 1, false);
  await expect(reader.tooltip).toContainText('Xi Jinping');
  const shots = process.env.GLOSS_UPDATE_SCREENSHOT === '1' ? path.join(root, 'docs') : test.info().outputDir;
  await mkdir(shots, { recursive: true });
  await reader.page.screenshot({ path: path.join(shots, 'screenshot.png') });

  // Quit, start again on the same data dir: everything is still there.
  const again = await new LibraryPage(await gloss.restart()).ready();
  await expect(again.row(SEED_TITLE)).toContainText('1 highlight');
  await expect(again.row(SEED_TITLE)).toContainText('#diplomacy');
  const reopened = await (await again.open(SEED_TITLE)).entitiesReady();
  const kept = reopened.panel.card(SENTENCE);
  await expect(kept).toBeVisible();
  await expect(kept.locator('strong, .ed-bold')).toHaveText('Beijing');
  await expect(reopened.panel.tags(kept)).toHaveText(['#russia-china']);
  await expect(reopened.panel.articleNote).toContainText('Compare with the March summit coverage.');
  await expect(reopened.panel.tags(reopened.panel.articleTags)).toHaveText(['#diplomacy']);
  await expect.poll(() => reopened.paintedTexts('user-yellow')).toContain(SENTENCE);

  // Export: YAML front matter, the note, the highlight as a quote with its note and tags.
  const { fileName, markdown } = await gloss.captureExport(() => reopened.exportButton.click());
  expect(fileName).toMatch(/\.md$/);
  const [, yamlText, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
  const front = parse(yamlText ?? '') as Record<string, unknown>;
  expect(front.title).toMatch(SEED_TITLE);
  expect(String(front.published)).toMatch(/^2024-04-09/);
  expect(front.tags).toEqual(['diplomacy']);
  expect(front.people).toEqual(expect.arrayContaining(['Xi Jinping']));
  expect(body).toContain('Compare with the March summit coverage.');
  expect(body).toContain("> Russia's growing economic and diplomatic isolation");
  expect(body).toContain('**Beijing**');
  expect(body).toContain('russia-china');
});
