import { describe, expect, it } from 'vitest';
import { parseArticleFile } from './parse-article-file';

const LONG =
  'The minister arrived in the capital on Tuesday for two days of talks with his counterpart, the first such visit in more than a year.';
const LONG2 =
  'Officials on both sides described the meeting as constructive, though neither gave details of any agreement that had been reached.';

function parse(text: string, name = 'scrape.txt') {
  return parseArticleFile({ name, bytes: new TextEncoder().encode(text) });
}

function kinds(text: string): string[] {
  return parse(text).blocks.map((block) => `${block.kind}: ${block.text}`);
}

describe('scrape heuristics, one rule at a time', () => {
  it.each([
    {
      rule: 'a short line between paragraphs is a heading',
      text: `${LONG}\n\nTalks in Beijing\n\n${LONG2}`,
      expected: [`paragraph: ${LONG}`, 'heading: Talks in Beijing', `paragraph: ${LONG2}`],
    },
    {
      rule: 'a run of short lines is not a stack of headings',
      text: `${LONG}\n\nOne\nTwo words\nThree more words\n\n${LONG2}`,
      expected: [
        `paragraph: ${LONG}`,
        'paragraph: One',
        'paragraph: Two words',
        'paragraph: Three more words',
        `paragraph: ${LONG2}`,
      ],
    },
    {
      rule: 'a short last line is a sign-off, not a heading',
      text: `${LONG}\n\n${LONG2}\n\nJane Doe in Beijing`,
      expected: [`paragraph: ${LONG}`, `paragraph: ${LONG2}`, 'paragraph: Jane Doe in Beijing'],
    },
    {
      rule: 'a line that ends a sentence is not a heading',
      text: `${LONG}\n\nHe left.\n\n${LONG2}`,
      expected: [`paragraph: ${LONG}`, 'paragraph: He left.', `paragraph: ${LONG2}`],
    },
    {
      rule: 'a whole quotation is a quote; a quotation with attribution is a paragraph',
      text: `${LONG}\n\n“We will never accept this outcome.”\n\n“We will never accept it,” she said. “Never.”`,
      expected: [
        `paragraph: ${LONG}`,
        'quote: “We will never accept this outcome.”',
        'paragraph: “We will never accept it,” she said. “Never.”',
      ],
    },
    {
      rule: 'bullets lose their marker; numbers keep theirs',
      text: `${LONG}\n\n- first point\n* second point\n• third point\n1) numbered point`,
      expected: [
        `paragraph: ${LONG}`,
        'list-item: first point',
        'list-item: second point',
        'list-item: third point',
        'list-item: 1) numbered point',
      ],
    },
    {
      rule: 'a caption ending in an agency credit is a caption',
      text: `${LONG}\n\nPolice officers stand guard outside the embassy on Monday. (Reuters)\n\n${LONG2}`,
      expected: [
        `paragraph: ${LONG}`,
        'caption: Police officers stand guard outside the embassy on Monday. (Reuters)',
        `paragraph: ${LONG2}`,
      ],
    },
    {
      rule: 'a bare credit line takes the short line after it as its caption',
      text: `${LONG}\n\nPhoto: AP\n\nCrowds gather in the square.\n\n${LONG2}`,
      expected: [
        `paragraph: ${LONG}`,
        'caption: Photo: AP',
        'caption: Crowds gather in the square.',
        `paragraph: ${LONG2}`,
      ],
    },
    {
      rule: 'furniture in the middle of the article goes',
      text: `${LONG}\n\nADVERTISEMENT\n\nAlso read: Ten things to know about the summit\n\nShare this article\n\n${LONG2}`,
      expected: [`paragraph: ${LONG}`, `paragraph: ${LONG2}`],
    },
    {
      rule: 'a dateline "(Reuters) -" at the start of a paragraph stays body text',
      text: `BEIJING (Reuters) - ${LONG}`,
      expected: [`paragraph: BEIJING (Reuters) - ${LONG}`],
    },
    {
      rule: 'angle brackets in plain text are text, whatever they spell',
      text: `${LONG}\n\nUse the <div> element and Vector<int> and a<b`,
      expected: [`paragraph: ${LONG}`, 'paragraph: Use the <div> element and Vector<int> and a<b'],
    },
    {
      rule: 'angle brackets that are not HTML tags stay (generics, comparisons)',
      text: `${LONG}\n\nA List<String> is not a Promise<void>, and 2 <3 but x <y> z.`,
      expected: [
        `paragraph: ${LONG}`,
        'paragraph: A List<String> is not a Promise<void>, and 2 <3 but x <y> z.',
      ],
    },
  ])('$rule', ({ text, expected }) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('header metadata', () => {
  it.each([
    { header: 'date 2024-04-09 Follow us on', publishedAt: '2024-04-09' },
    { header: 'Published: Tuesday, April 9, 2024 10:32 AM IST | 3 min read', publishedAt: '2024-04-09' },
    { header: 'Last Updated : 09 Apr 2024 | 04:15 PM', publishedAt: '2024-04-09' },
    { header: 'Updated: 12 April 2024\nPublished: 9 April 2024', publishedAt: '2024-04-09' },
    { header: 'Posted on 2024/04/09 by Alex', publishedAt: '2024-04-09' },
    { header: 'Moscow | Wed, 10 April 2024, 9:05 pm', publishedAt: '2024-04-10' },
    { header: 'Tuesday', publishedAt: null },
  ])('$header → $publishedAt', ({ header, publishedAt }) => {
    const article = parse(`${header}\n\n${LONG}\n\n${LONG2}`);
    expect(article.publishedAt).toBe(publishedAt);
    expect(article.blocks.at(-2)?.text).toBe(LONG);
  });

  it('takes a byline and its date, and keeps neither in the text', () => {
    const article = parse(`Summit ends without a deal\n\nBy Jane Doe | April 9, 2024\n\n${LONG}`);
    expect([article.title, article.byline, article.publishedAt]).toEqual([
      'Summit ends without a deal',
      'Jane Doe',
      '2024-04-09',
    ]);
    expect(article.text).toBe(LONG);
  });

  it('does not take a date from the body', () => {
    expect(parse(`${LONG}\n\nOn April 9, 2024 the talks resumed.`).publishedAt).toBeNull();
  });

  it.each([
    {
      what: 'the first line, when it reads like a headline',
      text: `Summit ends without a deal\n\n${LONG}`,
      name: 'a.txt',
      title: 'Summit ends without a deal',
    },
    {
      what: 'a one-word first line above prose',
      text: `Introduction\n\n${LONG}`,
      name: 'a.txt',
      title: 'Introduction',
    },
    {
      what: 'the file name when it is made of words',
      text: LONG,
      name: 'beijing-talks_notes.txt',
      title: 'Beijing talks notes',
    },
    {
      what: 'the opening sentence otherwise',
      text: `${LONG} ${LONG2}`,
      name: '7cf7d18d3802595e.txt',
      title: LONG.slice(0, 98).replace(/ \S*$/, '') + '…',
    },
  ])('titles an article by $what', ({ text, name, title }) => {
    expect(parse(text, name).title).toBe(title);
  });
});

describe('texts in scripts without capitals or spaces', () => {
  it('finds the title and headings of a Chinese article', () => {
    const para1 =
      '中国国家主席习近平在北京会见了俄罗斯外交部长拉夫罗夫。双方就乌克兰局势和双边关系交换了意见，并表示将继续加强战略协作。';
    const para2 = '拉夫罗夫表示，俄方高度评价中方在乌克兰问题上的客观公正立场，愿同中方保持密切沟通。';
    const article = parse(`习近平会见拉夫罗夫\n\n${para1}\n\n双边关系\n\n${para2}`);
    expect(article.title).toBe('习近平会见拉夫罗夫');
    expect(article.blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });
});

describe('mashed page headers (several scraped elements on one line)', () => {
  it.each([
    {
      head: 'Follow us on Russian Foreign Minister Sergey Lavrov meets Xi Jinping. Image Source: MFA RUSSIA',
      title: 'Russian Foreign Minister Sergey Lavrov meets Xi Jinping',
      publishedAt: null,
      captions: ['Russian Foreign Minister Sergey Lavrov meets Xi Jinping. Image Source: MFA RUSSIA'],
    },
    {
      head: '2024-04-09 Share this article Image: Reuters Lavrov and Xi shake hands in Beijing on Tuesday.',
      title: 'Lavrov and Xi shake hands in Beijing on Tuesday',
      publishedAt: '2024-04-09',
      captions: ['Image: Reuters', 'Lavrov and Xi shake hands in Beijing on Tuesday.'],
    },
    {
      head: 'April 9, 2024 — Follow us on Twitter Facebook Photo: John Smith/Getty Images Lavrov arrives in Beijing.',
      title: 'Lavrov arrives in Beijing',
      publishedAt: '2024-04-09',
      captions: ['Photo: John Smith/Getty Images', 'Lavrov arrives in Beijing.'],
    },
    {
      head: 'Lavrov meets Xi in Beijing | World News',
      title: 'Lavrov meets Xi in Beijing',
      publishedAt: null,
      captions: [],
    },
  ])('$head', ({ head, title, publishedAt, captions }) => {
    const article = parse(`${head}\n\n${LONG}\n\n${LONG2}`);
    expect([article.title, article.publishedAt]).toEqual([title, publishedAt]);
    expect(article.blocks.filter((block) => block.kind === 'caption').map((block) => block.text)).toEqual(
      captions,
    );
    expect(article.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text)).toEqual([
      LONG,
      LONG2,
    ]);
  });
});

describe('a title made from the opening sentence', () => {
  it('is shortened without cutting a character in two', () => {
    const opening = `${'a'.repeat(98)}😀 and more words, enough to make the opening sentence too long for a title.`;
    const article = parse(`${opening}\n\n${LONG}`, 'x1.txt');
    expect(article.title.length).toBeLessThanOrEqual(100);
    expect(article.title).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(article.title.endsWith('…')).toBe(true);
  });
});
