import { Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { exportMarkdown } from './export-markdown';
import { inertNote, isSafeDestination } from './inert-note';

/** Every link destination and raw HTML node CommonMark reads in `markdown`. */
function read(markdown: string): { links: string[]; html: string[]; text: string } {
  const walker = new Parser().parse(markdown).walker();
  const found = { links: [] as string[], html: [] as string[], text: '' };
  for (let event = walker.next(); event; event = walker.next()) {
    const { node, entering } = event;
    if (!entering) continue;
    if (node.type === 'link' || node.type === 'image') found.links.push(node.destination ?? '');
    if (node.type === 'html_inline' || node.type === 'html_block') found.html.push(node.literal ?? '');
    if (node.type === 'text' || node.type === 'code') found.text += node.literal ?? '';
  }
  return found;
}

describe('a note made inert for Markdown viewers', () => {
  it.each([
    ['https://example.com/a_(b)', true],
    ['http://x.org', true],
    ['mailto:me@example.com?subject=x', true],
    ['other-note.md', true],
    ['../notes/a b.md#part', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['java\\script:alert(1)', false],
    ['java&#115;cript:alert(1)', false],
    ['javascript&colon;alert(1)', false],
    [' \tjavascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['file:///etc/passwd', false],
  ])('%s is a safe destination: %s', (href, safe) => {
    expect(isSafeDestination(href)).toBe(safe);
  });

  it.each([
    ['an inline link', '[click](javascript:alert(1))'],
    ['an image', '![x](data:image/svg+xml,<svg onload=alert(1)>)'],
    ['an autolink', 'see <javascript:alert(1)>'],
    ['a reference link', '[click][r] and [again][r]\n\n[r]: vbscript:msgbox'],
    ['a destination in angle brackets', '[click](<javascript:alert(1)>)'],
    ['an entity-spelled scheme', '[click](java&#115;cript:alert(1))'],
    ['a link in a list and a table', '- [a](javascript:a)\n\n| x | [b](javascript:b) |\n| - | - |'],
    ['a link in a quote', '> quoted [a](javascript:a)'],
  ])('neutralises %s', (_what, markdown) => {
    for (const destination of read(inertNote(markdown)).links)
      expect(isSafeDestination(destination)).toBe(true);
  });

  it.each([
    ['inline tags', 'a <img src=x onerror=alert(1)> b <b>bold</b>'],
    ['an HTML block', '<div>\n<script>alert(1)</script>\n</div>'],
    ['a link tag', 'x <a href="javascript:alert(1)">y</a>'],
    ['a comment', 'before <!-- hidden --> after'],
    ['HTML in a list item', '- <iframe src="https://evil.example"></iframe>'],
  ])('shows %s as text', (_what, markdown) => {
    const result = read(inertNote(markdown));
    expect(result.html).toEqual([]);
    expect(result.text).toContain('<');
  });

  it('keeps ordinary Markdown exactly as written', () => {
    const note =
      'A **bold** [link](https://example.com) and `<code>` and x < y.\n\n```html\n<p>kept</p>\n```\n\n- [other](note.md)';
    expect(inertNote(note)).toBe(note);
  });
});

describe('the export of hostile notes', () => {
  it('carries no unsafe link and no raw HTML, from the article note or a highlight note', () => {
    const hostile = '[x](javascript:alert(1)) <img src=x onerror=alert(2)>\n\n<script>alert(3)</script>';
    const note = { markdown: hostile, editorState: null, updatedAt: null };
    const { markdown } = exportMarkdown({
      article: {
        title: 'T',
        byline: null,
        source: 't.txt',
        publishedAt: null,
        addedAt: '2024-04-10T09:00:00.000Z',
        tags: [],
        text: 'Some text.',
      },
      note,
      highlights: [
        {
          id: 'h1',
          articleId: 'a1',
          color: 'yellow',
          start: 0,
          end: 4,
          exact: 'Some',
          prefix: '',
          suffix: ' text.',
          anchor: 'position',
          note,
          tags: [],
          createdAt: '2024-04-10T10:00:00.000Z',
          updatedAt: '2024-04-10T10:00:00.000Z',
        },
      ],
      entities: [],
      settings: { exportEntities: 'none' },
    });
    const body = read(markdown.slice(markdown.indexOf('\n---\n') + 5));
    expect(body.html).toEqual([]);
    expect(body.links.length).toBeGreaterThan(0);
    for (const destination of body.links) expect(isSafeDestination(destination)).toBe(true);
  });
});
