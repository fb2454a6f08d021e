import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { quoteSelector } from './selectors';

const ARTICLE = [
  'Beijing: Chinese President Xi Jinping met Russia’s Foreign Minister Sergei Lavrov in Beijing.',
  'Lavrov is on a two-day visit to the Chinese capital, his first meeting with Xi in six years.',
  'Before meeting Xi, Lavrov met his Chinese counterpart Wang Yi on Tuesday.',
  'The two sides signed a plan of consultations for 2024.',
].join('\n\n');

const QUOTE = 'his first meeting with Xi in six years';

/** Highlight `quote` (its `nth` occurrence) in `text`, as `highlights/create` would store it. */
function highlight(text: string, quote: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  const end = start + quote.length;
  return { quote: quoteSelector(text, start, end), position: { start, end } };
}

describe('re-anchoring a highlight after the text changed', () => {
  const stored = highlight(ARTICLE, QUOTE);
  it.each([
    { edit: 'no change', text: ARTICLE, status: 'position', found: QUOTE },
    { edit: 'text inserted before', text: `Updated: ${ARTICLE}`, status: 'quote', found: QUOTE },
    {
      edit: 'a paragraph deleted before',
      text: ARTICLE.slice(ARTICLE.indexOf('Lavrov is')),
      status: 'quote',
      found: QUOTE,
    },
    {
      edit: 'text changed after',
      text: ARTICLE.replace('signed a plan', 'agreed a plan'),
      status: 'position',
      found: QUOTE,
    },
    {
      edit: 'a word changed inside',
      text: ARTICLE.replace('in six years', 'in seven years'),
      status: 'fuzzy',
      found: 'his first meeting with Xi in seven years',
    },
    {
      edit: 'a typo fixed inside',
      text: ARTICLE.replace('first meeting', 'frist meeting'),
      status: 'fuzzy',
      found: 'his frist meeting with Xi in six years',
    },
    {
      edit: 'inserted before and changed inside',
      text: `Note. ${ARTICLE.replace('two-day', 'three-day').replace('with Xi in', 'with Xi Jinping in')}`,
      status: 'fuzzy',
      found: 'his first meeting with Xi Jinping in six years',
    },
    { edit: 'the quote deleted', text: ARTICLE.replace(`, ${QUOTE}`, ''), status: 'orphan', found: '' },
    {
      edit: 'the quote rewritten',
      text: ARTICLE.replace(QUOTE, 'and he will stay until Thursday night'),
      status: 'orphan',
      found: '',
    },
    {
      edit: 'the whole text replaced',
      text: 'An entirely different article about the weather in Oslo.',
      status: 'orphan',
      found: '',
    },
    { edit: 'the text emptied', text: '', status: 'orphan', found: '' },
  ])('$edit → $status', ({ text, status, found }) => {
    const result = anchor(text, stored);
    expect(result.status).toBe(status);
    expect(text.slice(result.start, result.end)).toBe(found);
  });
});

describe('duplicated quotes', () => {
  const twice = `Xi said the talks went well. Then Lavrov spoke. Xi said the talks went well, according to Tass.`;
  it.each([
    { which: 'the first', nth: 0 },
    { which: 'the second', nth: 1 },
  ])('keeps $which occurrence after text is inserted before both', ({ nth }) => {
    const stored = highlight(twice, 'Xi said the talks went well', nth);
    const shifted = `Breaking: ${twice}`;
    const result = anchor(shifted, stored);
    expect(result.status).toBe('quote');
    expect(result.start).toBe(stored.position.start + 'Breaking: '.length);
  });

  it('prefers the occurrence whose context matches over a nearer one', () => {
    const text = `Alpha beta gamma. The minister resigned. Delta epsilon zeta eta theta. The minister resigned. Iota kappa.`;
    const stored = highlight(text, 'The minister resigned', 1);
    // The first context is gone, and the second occurrence moved far from where it was.
    const edited = `The minister resigned. ${'Filler words here. '.repeat(5)}Delta epsilon zeta eta theta. The minister resigned. Iota kappa.`;
    const result = anchor(edited, stored);
    expect(result.status).toBe('quote');
    expect(edited.slice(result.start - 'theta. '.length, result.start)).toBe('theta. ');
  });

  it('takes the nearest occurrence when contexts are equally good', () => {
    const text = `${'x '.repeat(40)}same words${' y'.repeat(40)}same words${' y'.repeat(40)}`;
    const stored = highlight(text, 'same words', 1);
    const edited = `zz ${text}`;
    expect(anchor(edited, stored)).toEqual({
      start: stored.position.start + 3,
      end: stored.position.end + 3,
      status: 'quote',
    });
  });
});

describe('far from the old position', () => {
  const filler = 'Unrelated reporting on markets and weather fills this long paragraph. '.repeat(60);

  it('finds an edited quote that also moved far away', () => {
    const stored = highlight(ARTICLE, QUOTE);
    const text = `${filler}\n\n${ARTICLE.replace('in six years', 'in 6 years')}`;
    const result = anchor(text, stored);
    expect(result.status).toBe('fuzzy');
    expect(text.slice(result.start, result.end)).toBe('his first meeting with Xi in 6 years');
  });

  it('does not anchor a changed short quote to a look-alike far away', () => {
    const text = `The talks were held in Oslo. ${filler}Ozlo is a brand.`;
    const stored = highlight(text, 'Oslo');
    const edited = text.replace('in Oslo', 'in Bergen');
    expect(anchor(edited, stored).status).toBe('orphan');
  });
});

describe('very long quotes', () => {
  const chapter = Array.from({ length: 4000 }, (_, i) => `Sentence ${i} of a very long report.`).join(' ');

  it('re-anchor by exact quote, and never by a fuzzy search that would take minutes', () => {
    const stored = highlight(chapter, chapter.slice(100, 120_000));
    const moved = `A new opening paragraph.\n\n${chapter}`;
    expect(anchor(moved, stored).status).toBe('quote');
    const edited = moved.replace('Sentence 2000 of', 'Sentence 2000, of');
    expect(anchor(edited, stored)).toMatchObject({ status: 'orphan' });
  });
});

describe('stored positions that no longer fit', () => {
  it.each([
    { what: 'past the end of a shorter text', position: { start: 500, end: 520 } },
    { what: 'negative', position: { start: -5, end: 3 } },
    { what: 'pointing at other text', position: { start: 0, end: QUOTE.length } },
  ])('falls back to the quote when the position is $what', ({ position }) => {
    const stored = { ...highlight(ARTICLE, QUOTE), position };
    const result = anchor(ARTICLE, stored);
    expect(result.status).toBe('quote');
    expect(ARTICLE.slice(result.start, result.end)).toBe(QUOTE);
  });
});
