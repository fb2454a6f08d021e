import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../parse-article-file';

function parse(markdown: string, name = 'note.md') {
  return parseArticleFile({ name, bytes: new TextEncoder().encode(markdown) });
}

function kinds(markdown: string): string[] {
  return parse(markdown).blocks.map((block) => `${block.kind}: ${block.text}`);
}

describe('Markdown structure', () => {
  it.each([
    {
      what: 'headings of any level',
      md: '# T\n\nIntro.\n\n### Deep heading\n\nText.',
      expected: ['paragraph: Intro.', 'heading: Deep heading', 'paragraph: Text.'],
    },
    {
      what: 'a blockquote of two paragraphs',
      md: '> One.\n>\n> Two.',
      expected: ['quote: One.', 'quote: Two.'],
    },
    {
      what: 'nested lists',
      md: '- a\n  - b\n- c',
      expected: ['list-item: a', 'list-item: b', 'list-item: c'],
    },
    {
      what: 'code as a code block, its lines kept (never a blank one)',
      md: '```js\nlet a = 1;\n\nlet b = 2;\n```',
      expected: ['code: let a = 1;\nlet b = 2;'],
    },
    {
      what: 'inline markers gone from the text',
      md: 'A **b** _c_ `d` ~~e~~ [f](http://x "t") <kbd>g</kbd> \\*h\\*',
      expected: ['paragraph: A b c d e f g *h*'],
    },
    {
      what: 'soft line breaks as spaces, hard ones kept',
      md: 'one\ntwo  \nthree',
      expected: ['paragraph: one two\nthree'],
    },
    {
      what: 'an image alone as a figure, its title the caption',
      md: 'Text.\n\n![The minister arrives](a.jpg "At the airport")',
      expected: ['paragraph: Text.', 'figure: At the airport'],
    },
    {
      what: 'an image inside text placed after the paragraph, the sentence whole',
      md: 'Before ![x](a.jpg) after.',
      expected: ['paragraph: Before after.', 'figure: '],
    },
    {
      what: 'code spans and code blocks kept verbatim, tags included',
      md: 'Wrap it in `<div class="x">` and use `Array<string>`.\n\n```html\n<p>Hi</p>\n```',
      expected: ['paragraph: Wrap it in <div class="x"> and use Array<string>.', 'code: <p>Hi</p>'],
    },
    {
      what: "escaped tags are the author's text",
      md: 'Say \\<script\\>alert(1)\\</script\\> twice.',
      expected: ['paragraph: Say <script>alert(1)</script> twice.'],
    },
    {
      what: 'entities decoded',
      md: 'AT&amp;T &mdash; &#8220;quoted&#8221; &#x41;',
      expected: ['paragraph: AT&T — “quoted” A'],
    },
    {
      what: 'a thematic break as a rule',
      md: 'One.\n\n---\n\nTwo.',
      expected: ['paragraph: One.', 'rule: ', 'paragraph: Two.'],
    },
  ])('$what', ({ md, expected }) => {
    expect(kinds(md)).toEqual(expected);
  });
});

describe('Markdown metadata', () => {
  it.each([
    {
      what: 'front matter title, date and author',
      md: '---\ntitle: "A: B"\ndate: 2024-04-09\nauthor: Jane Doe\n---\n\nText.',
      meta: ['A: B', 'Jane Doe', '2024-04-09'],
    },
    {
      what: 'published over date, a date-time',
      md: '---\ntitle: T\npublished: 2024-04-09T23:30:00+05:30\n---\nText.',
      meta: ['T', null, '2024-04-09'],
    },
    {
      what: 'byline and a written date',
      md: '---\nbyline: Ann Lee\ndate: April 9, 2024\n---\n# Heading title\n\nText.',
      meta: ['Heading title', 'Ann Lee', '2024-04-09'],
    },
    {
      what: 'the first # heading without front matter',
      md: '# The title\n\nText.',
      meta: ['The title', null, null],
    },
    {
      what: 'a first-level heading later on',
      md: 'Lead text.\n\n# Late title\n\nText.',
      meta: ['Late title', null, null],
    },
  ])('$what', ({ md, meta }) => {
    const article = parse(md);
    expect([article.title, article.byline, article.publishedAt]).toEqual(meta);
  });

  it('leaves invalid front matter in the text, as Markdown reads it', () => {
    const article = parse('---\ntitle: [unclosed\n---\n\nText.');
    expect(article.blocks.map((block) => `${block.kind}: ${block.text}`)).toEqual([
      'rule: ',
      'heading: title: [unclosed',
      'paragraph: Text.',
    ]);
  });

  it('removes the opening # heading from the blocks, since it is the title', () => {
    expect(kinds('# The title\n\nText.')).toEqual(['paragraph: Text.']);
  });

  it('keeps the opening heading when the front matter names another title', () => {
    expect(kinds('---\ntitle: Other\n---\n# The title\n\nText.')).toEqual([
      'heading: The title',
      'paragraph: Text.',
    ]);
  });
});

describe('hostile Markdown', () => {
  const article = parseArticleFile({
    name: 'hostile.md',
    bytes: readFileSync(path.join(import.meta.dirname, '../fixtures/hostile.md')),
  });

  it('never lets markup or script through', () => {
    for (const value of [article.title, article.text]) {
      expect(value).not.toMatch(/<(?!escaped>)\/?[a-z!]/i);
      expect(value).not.toMatch(/alert|document\.|javascript:|onerror|display: none/);
    }
    expect(article.marks.filter((mark) => mark.kind === 'link')).toEqual([]);
  });

  it('keeps the words around the markup, and escaped brackets as text', () => {
    expect(article.title).toBe('Title with and');
    expect(article.text).toContain('A paragraph with a link and <escaped> text.');
    expect(article.text).toContain('Final words with link and .');
  });
});
