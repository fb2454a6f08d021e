import { describe, expect, it } from 'vitest';
import { blockquote } from './escape-markdown';

// Syntax that CommonMark reads as text but Obsidian or Logseq would act on.
describe('app-specific syntax inside a quote stays text', () => {
  it.each([
    { text: 'The #MeToo movement', raw: '> The \\#MeToo movement', not: /(^|[^\\])#M/ },
    { text: 'a ==marked== word', raw: '> a \\==marked\\== word', not: /[^\\]==/ },
    { text: 'a %%hidden%% note', raw: '> a \\%\\%hidden\\%\\% note', not: /[^\\]%%/ },
    { text: 'costs $5 or $6', raw: '> costs \\$5 or \\$6', not: /[^\\]\$/ },
    { text: 'ends with ^abc123', raw: '> ends with \\^abc123', not: /[^\\]\^/ },
    { text: 'see [[Page]]', raw: '> see \\[\\[Page\\]\\]', not: /[^\\]\[/ },
    { text: 'status:: done', raw: '> status:\\: done', not: /::/ },
    { text: 'ref ((abc)) and {{query}}', raw: '> ref (\\(abc)) and \\{\\{query\\}\\}', not: /\(\(|[^\\]\{/ },
  ])('$text', ({ text, raw, not }) => {
    const quoted = blockquote(text);
    expect(quoted).toBe(raw);
    expect(quoted).not.toMatch(not);
  });

  it('keeps paragraphs inside one quote and drops extra blank lines', () => {
    expect(blockquote('\n\nOne\nline two\n\n\n\nThree\n\n')).toBe('> One\n> line two\n>\n> Three');
  });
});
