import { HtmlRenderer, Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import type { InlineMark } from '../../contract/model';
import { markedQuote } from './quote-markdown';

/** What a Markdown reader shows for `markdown` (CommonMark's HTML, the reference rendering). */
const html = (markdown: string) => new HtmlRenderer().render(new Parser().parse(markdown)).trim();

// "Read the full report on the council site, or email the clerk." + a second paragraph.
const TEXT = 'Read the full report on the council site, or email the clerk.\n\nCrews worked *all* night.';
const at = (part: string, from = 0) => TEXT.indexOf(part, from);
const mark = (part: string, kind: InlineMark['kind'], href?: string): InlineMark => ({
  start: at(part),
  end: at(part) + part.length,
  kind,
  ...(href ? { href } : {}),
});

const MARKS: InlineMark[] = [
  mark('full report', 'strong'),
  mark('report on the council site', 'link', 'https://council.example/report?y=2026&q=(a)'),
  mark('email the clerk', 'link', 'mailto:clerk@council.example'),
  mark('night', 'emphasis'),
];

describe('markedQuote', () => {
  it('keeps links, emphasis and strong over the quote, nested even where marks overlap', () => {
    const quote = markedQuote(TEXT, 0, TEXT.length, MARKS);
    expect(html(quote)).toBe(
      [
        '<blockquote>',
        '<p>Read the <strong>full <a href="https://council.example/report?y=2026&amp;q=%28a%29">report</a></strong><a href="https://council.example/report?y=2026&amp;q=%28a%29"> on the council site</a>, or <a href="mailto:clerk@council.example">email the clerk</a>.</p>',
        '<p>Crews worked *all* <em>night</em>.</p>',
        '</blockquote>',
      ].join('\n'),
    );
  });

  it('gives a highlight that starts inside a link the part of the link it covers', () => {
    const start = at('council site');
    const quote = markedQuote(TEXT, start, at('clerk') + 'clerk'.length, MARKS);
    expect(quote).toBe(
      '> [council site](https://council.example/report?y=2026&q=%28a%29), or [email the clerk](mailto:clerk@council.example)',
    );
  });

  it('drops links Gloss would never follow, keeping their text, and escapes the text', () => {
    const text = 'Click [here] *now* for `1. prizes`';
    const marks: InlineMark[] = [
      { start: 0, end: 12, kind: 'link', href: 'javascript:alert(1)' },
      { start: 13, end: 18, kind: 'emphasis' },
      { start: 23, end: 34, kind: 'code' },
    ];
    const quote = markedQuote(text, 0, text.length, marks);
    expect(quote).toBe('> Click \\[here\\] *\\*now\\** for `` `1. prizes` ``');
    expect(html(quote)).toBe(
      '<blockquote>\n<p>Click [here] <em>*now*</em> for <code>`1. prizes`</code></p>\n</blockquote>',
    );
  });

  it('keeps white space out of the delimiters, and the quote plain without marks', () => {
    const text = 'one two three';
    expect(markedQuote(text, 0, text.length, [{ start: 3, end: 8, kind: 'emphasis' }])).toBe(
      '> one *two* three',
    );
    expect(markedQuote(text, 0, 7, [])).toBe('> one two');
  });
});
