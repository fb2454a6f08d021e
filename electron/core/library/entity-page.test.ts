import { describe, expect, it } from 'vitest';
import { base64, type NamePattern, patternDetector, useTempLibrary } from './temp-library.test-support';

/** Marks a fixed list of names (and "March 2023" as a date): what the page is made from. */
const NAMES: NamePattern[] = [
  [/Sergey Lavrov|Lavrov/g, 'Sergey Lavrov', 'person'],
  [/Wang Yi/g, 'Wang Yi', 'person'],
  [/Beijing/g, 'Beijing', 'place'],
  [/Maersk/g, 'Maersk', 'organization'],
  [/March 2023/g, '2023-03', 'date'],
];
const detector = patternDetector(NAMES, undefined, (name, type) =>
  type === 'date' ? { date: { value: name, granularity: 'month' } } : {},
);

describe('an entity page', () => {
  const t = useTempLibrary('gloss-entity-page-', detector);

  const add = async (name: string, text: string) => {
    const { id } = await t.library['import/file']({ name, data: base64(text) });
    await t.library['entities/get']({ articleId: id });
    return id;
  };

  it('gathers the articles, passages, timeline and who appears with the entity', async () => {
    const older = await add(
      'talks.md',
      '---\ntitle: Talks in Beijing\ndate: 2024-04-09\n---\n\nSergey Lavrov met Wang Yi in Beijing. They last met in March 2023.\n\nMaersk was not mentioned with him.',
    );
    const newer = await add(
      'ports.md',
      '---\ntitle: Ports\ndate: 2024-05-01\n---\n\nMaersk said fees rose. Lavrov did not comment.',
    );
    await add('other.md', '---\ntitle: Unrelated\n---\n\nWang Yi visited Beijing.');

    const page = await t.library['entities/page']({ name: 'sergey lavrov', type: 'person' });
    expect(page.name).toBe('Sergey Lavrov');
    expect(page.aliases).toEqual(['Lavrov']);
    expect(page.mentionCount).toBe(2);
    expect(page.articles.map((article) => [article.articleId, article.title, article.mentionCount])).toEqual([
      [newer, 'Ports', 1],
      [older, 'Talks in Beijing', 1],
    ]);
    const [context] = page.articles[1]!.contexts;
    expect(context!.snippet.slice(context!.snippetStart, context!.snippetEnd)).toBe('Sergey Lavrov');
    expect(context!.snippet).toBe('Sergey Lavrov met Wang Yi in Beijing. They last met in March 2023.');

    expect(page.timeline.map((item) => [item.date, item.kind, item.label])).toEqual([
      ['2023-03', 'mentioned', 'March 2023'],
      ['2024-04-09', 'published', 'Talks in Beijing'],
      ['2024-05-01', 'published', 'Ports'],
    ]);
    // Wang Yi and Beijing share a paragraph with him; Maersk shares two articles but, in the
    // first, not the paragraph.
    expect(page.coMentions).toEqual([
      { name: 'Maersk', type: 'organization', articleCount: 2, paragraphCount: 1 },
      { name: 'Beijing', type: 'place', articleCount: 1, paragraphCount: 1 },
      { name: 'Wang Yi', type: 'person', articleCount: 1, paragraphCount: 1 },
    ]);
  });

  it('is empty for an entity no article mentions', async () => {
    await add('talks.md', 'Wang Yi visited Beijing.');
    expect(await t.library['entities/page']({ name: 'Nobody', type: 'person' })).toMatchObject({
      name: 'Nobody',
      articles: [],
      timeline: [],
      coMentions: [],
      mentionCount: 0,
    });
  });
});
