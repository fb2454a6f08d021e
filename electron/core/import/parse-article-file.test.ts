import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './types';
import { parseArticleFile } from './parse-article-file';

const here = import.meta.dirname;
const seedPath = path.join(here, '../../../seeds/000_7cf7d18d3802595e.txt');

function load(file: string): ParsedArticle {
  return parseArticleFile({ name: path.basename(file), bytes: readFileSync(file) });
}

function texts(article: ParsedArticle, kind: string): string[] {
  return article.blocks.filter((block) => block.kind === kind).map((block) => block.text);
}

describe('the shipped seed (a raw news scrape)', () => {
  const article = load(seedPath);

  it('is titled by its lead caption, not by the page furniture', () => {
    expect(article.title).toBe('Russian Foreign Minister Sergey Lavrov meets Chinese President Xi Jinping');
  });

  it('takes the publication date from the "date" prefix', () => {
    expect(article.publishedAt).toBe('2024-04-09');
  });

  it('shows the image credit and caption as captions, before the body', () => {
    expect(article.blocks.slice(0, 2)).toMatchObject([
      { kind: 'caption', text: 'Image Source : MFA RUSSIA (X)' },
      { kind: 'caption', text: 'Russian Foreign Minister Sergey Lavrov meets Chinese President Xi Jinping.' },
    ]);
    expect(article.blocks[2]).toMatchObject({ kind: 'paragraph' });
    expect(article.blocks[2]!.text.startsWith('Beijing: Chinese President Xi Jinping met')).toBe(true);
  });

  it('finds exactly the two section headings', () => {
    expect(texts(article, 'heading')).toEqual([
      "Lavrov meets Chinese counterpart, slams Ukraine's peace formula",
      'China on Russia-Ukraine War',
    ]);
  });

  it('drops the boilerplate and the date prefix from the text', () => {
    expect(article.text).not.toMatch(/Follow us on|date 2024-04-09/);
    expect(texts(article, 'paragraph')).toHaveLength(12);
    expect(texts(article, 'quote')).toEqual([]);
  });
});

// Scrapes in the styles of other sites: the heuristics must hold beyond the seed.
const fixtures: {
  file: string;
  title: string;
  byline: string | null;
  publishedAt: string | null;
  headings: string[];
  captions: string[];
  quotes: number;
  listItems: string[];
  absent: string[];
}[] = [
  {
    file: 'wire-one-line-per-paragraph.txt',
    title: "China's Xi meets Russia's Lavrov, pledges to deepen strategic cooperation",
    byline: 'Laurie Chen and Guy Faulconbridge',
    publishedAt: '2024-04-09',
    headings: [],
    captions: [],
    quotes: 0,
    listItems: [],
    absent: ['Skip to main content', 'Updated 2 years ago', 'Scroll to continue', 'LinkedIn', 'World\n'],
  },
  {
    file: 'broadsheet-with-standfirst.txt',
    title: 'Lavrov and Wang pledge closer ties as Beijing talks open',
    byline: 'Jane Doe in Beijing',
    publishedAt: '2024-04-09',
    headings: ['What happens next'],
    captions: [
      'Sergey Lavrov, left, with Wang Yi in Beijing on Tuesday. Photograph: Pedro Pardo/AFP/Getty Images',
    ],
    quotes: 1,
    listItems: [],
    absent: ['Share', 'Topics', '08.14 BST', 'By Jane Doe'],
  },
  {
    file: 'regional-portal.txt',
    title: 'External Affairs Minister S Jaishankar speaks to the media in New Delhi',
    byline: null,
    publishedAt: '2024-04-10',
    headings: [],
    captions: [
      'Image Source : PTI',
      'External Affairs Minister S Jaishankar speaks to the media in New Delhi.',
    ],
    quotes: 1,
    listItems: [
      'India backs dialogue and diplomacy to end the conflict',
      'New Delhi will attend the peace summit in Switzerland',
      'Energy purchases from Russia will continue',
    ],
    absent: ['Home >', 'Advertisement', 'Also Read', 'Follow us', '10:15 IST'],
  },
  {
    file: 'hard-wrapped-newsletter.txt',
    title: 'The week in Eurasian diplomacy',
    byline: 'Alex Morgan',
    publishedAt: '2024-03-02',
    headings: [],
    captions: [],
    quotes: 1,
    listItems: [
      "1. Whether Putin's visit happens in May",
      '2. How Beijing handles secondary sanctions',
      '3. What the Swiss peace conference looks like',
    ],
    absent: ['Title:', 'Posted on', 'which\nboth'],
  },
  {
    file: 'markdownload-export.md',
    title: 'Lavrov in Beijing: what the visit means',
    byline: 'Jane Doe, John Roe',
    publishedAt: '2024-04-09',
    headings: ['The readouts'],
    captions: [],
    quotes: 2,
    listItems: [
      'Trade rose to a record $240bn',
      'Energy deals were discussed',
      'nested point about gas',
      'First numbered point',
      'Second numbered point',
    ],
    absent: ['**', '](', '&amp;', 'Advertisement', '<script', "alert('x')", '---', 'source:'],
  },
];

describe.each(fixtures)('scraped fixture $file', (fixture) => {
  const article = load(path.join(here, 'fixtures', fixture.file));

  it('has the metadata a reader would expect', () => {
    expect({ title: article.title, byline: article.byline, publishedAt: article.publishedAt }).toEqual({
      title: fixture.title,
      byline: fixture.byline,
      publishedAt: fixture.publishedAt,
    });
  });

  it('classifies headings, captions, quotes and list items', () => {
    expect(texts(article, 'heading')).toEqual(fixture.headings);
    expect(texts(article, 'caption')).toEqual(fixture.captions);
    expect(texts(article, 'quote')).toHaveLength(fixture.quotes);
    expect(texts(article, 'list-item')).toEqual(fixture.listItems);
  });

  it('leaves out page furniture and markup', () => {
    for (const junk of fixture.absent) expect(article.text).not.toContain(junk);
  });
});

describe.each([
  { file: seedPath },
  ...fixtures.map((fixture) => ({ file: path.join(here, 'fixtures', fixture.file) })),
])('offsets of $file', ({ file }) => {
  it('locate every block in the text, which is the blocks joined by blank lines', () => {
    const article = load(file);
    expect(article.text).toBe(article.blocks.map((block) => block.text).join('\n\n'));
    for (const block of article.blocks) {
      expect(article.text.slice(block.start, block.end)).toBe(block.text);
      expect(block.text).not.toContain('\n\n');
      expect(block.text).toBe(block.text.trim());
    }
    expect(article.wordCount).toBeGreaterThan(50);
  });
});
