import { describe, expect, it } from 'vitest';
import { parseArticleFile } from './parse-article-file';

function parse(name: string, source: string) {
  return parseArticleFile({ name, bytes: new TextEncoder().encode(source) });
}

const PROSE = 'The committee met on Tuesday to discuss the budget, and the vote is expected next week.';

describe('angle brackets and escapes are the author’s text', () => {
  it('keeps text in angle brackets in a .txt file as it is', () => {
    const article = parse('notes.txt', `${PROSE}\n\nUse the <div> element and Vector<int> and a<b`);
    expect(article.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', PROSE],
      ['paragraph', 'Use the <div> element and Vector<int> and a<b'],
    ]);
  });

  it('does not take a first line with brackets apart into a heading', () => {
    const article = parse('notes.txt', 'Use the <div> element and Vector<int> and a<b');
    expect(article.text).toBe('Use the <div> element and Vector<int> and a<b');
    expect(article.blocks.map((block) => block.kind)).toEqual(['paragraph']);
  });

  it('keeps an escaped &lt;div&gt; and Vector<int> in a .md file', () => {
    const article = parse('notes.md', `${PROSE}\n\nUse the &lt;div&gt; element and Vector<int> and a<b`);
    expect(article.blocks[1]?.text).toBe('Use the <div> element and Vector<int> and a<b');
  });

  it('keeps a Markdown paragraph with a javascript: link, the link made inert', () => {
    const article = parse(
      'notes.md',
      `${PROSE}\n\nThe minister's [statement](javascript:alert(document.cookie)) was read aloud.\n\nEnd of report.`,
    );
    expect(article.blocks.map((block) => block.text)).toEqual([
      PROSE,
      "The minister's statement was read aloud.",
      'End of report.',
    ]);
    expect(article.marks).toEqual([]);
  });

  it('keeps an inline HTML link to javascript: as text without a link', () => {
    const article = parse('notes.md', 'Read <a href="javascript:alert(1)">the report</a> today.');
    expect(article.text).toBe('Read the report today.');
    expect(article.marks).toEqual([]);
  });
});
