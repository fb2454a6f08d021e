import { describe, expect, it } from 'vitest';
import type { Block } from '../../../contract/model';
import { parseArticleFile } from '../parse-article-file';

function parse(source: string) {
  return parseArticleFile({ name: 'article.md', bytes: new TextEncoder().encode(source) });
}

/** Each mark as [kind, the text it covers, href]. */
function marksOf(source: string): [string, string, string | undefined][] {
  const article = parse(source);
  return article.marks.map((mark) => [mark.kind, article.text.slice(mark.start, mark.end), mark.href]);
}

describe('Markdown keeps its inline formatting as marks over the text', () => {
  it.each([
    {
      what: 'strong and emphasis',
      md: 'A **bold** and _light_ word.',
      marks: [
        ['strong', 'bold'],
        ['emphasis', 'light'],
      ],
    },
    { what: 'code spans', md: 'Call `fetch()` now.', marks: [['code', 'fetch()']] },
    { what: 'strikethrough', md: 'It was ~~wrong~~ right.', marks: [['strike', 'wrong']] },
    {
      what: 'emphasis inside a link',
      md: 'See [the *full* report](https://example.com/r).',
      marks: [
        ['link', 'the full report', 'https://example.com/r'],
        ['emphasis', 'full'],
      ],
    },
    {
      what: 'inline HTML formatting',
      md: 'H<sub>2</sub>O and E=mc<sup>2</sup> <b>now</b>',
      marks: [
        ['sub', '2'],
        ['sup', '2'],
        ['strong', 'now'],
      ],
    },
    {
      what: 'mailto links',
      md: 'Write to [us](mailto:desk@example.com).',
      marks: [['link', 'us', 'mailto:desk@example.com']],
    },
    {
      what: 'a relative link without a source address loses its address',
      md: 'See [this](../other.md).',
      marks: [],
    },
  ])('$what', ({ md, marks }) => {
    expect(marksOf(md)).toEqual(marks.map(([kind, text, href]) => [kind, text, href]));
  });

  it('resolves relative links against the front matter source', () => {
    const md = '---\nsource: https://news.example.com/world/story\n---\n\nSee [the map](/maps/1).';
    expect(marksOf(md)).toEqual([['link', 'the map', 'https://news.example.com/maps/1']]);
  });
});

describe('Markdown keeps its structure as blocks', () => {
  it('numbers ordered lists as written and nests lists', () => {
    const article = parse('3. three\n4. four\n   - inner\n     1. deep\n5. five');
    expect(article.blocks).toMatchObject([
      { kind: 'list-item', text: 'three', ordered: true, number: 3, depth: 0 },
      { kind: 'list-item', text: 'four', ordered: true, number: 4, depth: 0 },
      { kind: 'list-item', text: 'inner', ordered: false, depth: 1 },
      { kind: 'list-item', text: 'deep', ordered: true, number: 1, depth: 2 },
      { kind: 'list-item', text: 'five', ordered: true, number: 5, depth: 0 },
    ]);
  });

  it('keeps a table as rows of cells, each a range of the text', () => {
    const article = parse('| Route | Before | After |\n|---|---|---|\n| A1 | **12** min | 9 min |');
    const table = article.blocks[0] as Extract<Block, { kind: 'table' }>;
    expect(table.kind).toBe('table');
    const cells = table.rows.map((row) => row.cells.map((cell) => article.text.slice(cell.start, cell.end)));
    expect(cells).toEqual([
      ['Route', 'Before', 'After'],
      ['A1', '12 min', '9 min'],
    ]);
    expect(table.rows[0]!.cells.every((cell) => cell.header)).toBe(true);
    expect(table.rows[1]!.cells.some((cell) => cell.header)).toBe(false);
    expect(article.text).not.toContain('|');
    expect(marksOf('| a |\n|---|\n| **12** |')).toEqual([['strong', '12', undefined]]);
  });

  it('keeps a code block with its language and lines', () => {
    const article = parse('Intro.\n\n```python\ndef f():\n    return 1\n```');
    expect(article.blocks[1]).toMatchObject({
      kind: 'code',
      language: 'python',
      text: 'def f():\n    return 1',
    });
  });

  it('keeps headings with their level', () => {
    const article = parse('# Title\n\nIntro.\n\n## Part\n\n### Detail\n\nText.');
    expect(article.title).toBe('Title');
    expect(article.blocks.filter((block) => block.kind === 'heading')).toMatchObject([
      { text: 'Part', level: 2 },
      { text: 'Detail', level: 3 },
    ]);
  });

  it('keeps an image as a figure with its alt text', () => {
    const article = parse('Intro.\n\n![Protesters in the square](photos/square.jpg "The square on Monday")');
    expect(article.blocks[1]).toMatchObject({
      kind: 'figure',
      text: 'The square on Monday',
      image: { alt: 'Protesters in the square' },
    });
  });

  it('places every block at its offsets, blocks joined by a blank line', () => {
    const article = parse(
      '# T\n\nA *b*.\n\n- one\n- two\n\n---\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n> quoted [link](https://e.com)',
    );
    expect(article.blocks.map((block) => block.text).join('\n\n')).toBe(article.text);
    for (const block of article.blocks) expect(article.text.slice(block.start, block.end)).toBe(block.text);
    for (const mark of article.marks) {
      const inside = article.blocks.some((block) => mark.start >= block.start && mark.end <= block.end);
      expect(inside).toBe(true);
    }
  });
});

describe('Markdown front matter', () => {
  it('gives tags, source address, author and date', () => {
    const article = parse(
      '---\ntitle: Port strike ends\ntags: [labour, "ports"]\nsource: https://news.example.com/a/1\nauthor: Ann Lee\npublished: 2024-05-02\n---\n\nText.',
    );
    expect(article).toMatchObject({
      title: 'Port strike ends',
      tags: ['labour', 'ports'],
      url: 'https://news.example.com/a/1',
      byline: 'Ann Lee',
      publishedAt: '2024-05-02',
    });
  });

  it('reads tags given as a comma-separated line, and url as the address', () => {
    const article = parse(
      '---\ntags: "#labour, ports"\nurl: https://e.com/x\ndate: 2024-05-02\n---\n\nText.',
    );
    expect(article).toMatchObject({
      tags: ['labour', 'ports'],
      url: 'https://e.com/x',
      publishedAt: '2024-05-02',
    });
  });

  it('ignores a source that is not a web address', () => {
    expect(parse('---\nsource: javascript:alert(1)\n---\n\nText.').url).toBeNull();
  });
});
