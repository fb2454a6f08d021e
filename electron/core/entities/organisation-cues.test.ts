import { describe, expect, it } from 'vitest';
import { detectEntities } from './index';

function names(text: string): [string, string][] {
  return detectEntities(text, { published: '2024-04-09' })
    .mentions.filter((m) => m.type !== 'date')
    .map((m) => [m.text, m.type]);
}

/** A head noun in apposition or a description right after the name says it is an organisation. */
describe('organisation cues', () => {
  it.each([
    ['The loan was arranged by the Norwegian lender Sparebank Vest in March.', 'Sparebank Vest'],
    ['Customers of the Swiss insurer Helvetia complained.', 'Helvetia'],
    ['Sales in Europe were led by the Chinese maker BYD, analysts said.', 'BYD'],
    ['Talks between the Italian lenders Banco BPM and Credem collapsed on Monday.', 'Banco BPM'],
    ['Talks between the Italian lenders Banco BPM and Credem collapsed on Monday.', 'Credem'],
    ['Her first single was a cover of a song by the post-punk band Killing Joke.', 'Killing Joke'],
    ['He sold the rights to Kvalitas, a Danish software company, in 2019.', 'Kvalitas'],
    ['Hornbeck is a Norwegian chain of hardware stores. Hornbeck opened 40 shops.', 'Hornbeck'],
  ])('%s -> %s', (text, name) => {
    expect(names(text)).toContainEqual([name, 'organization']);
  });

  it('gives a cued type to the name elsewhere in the article', () => {
    const text = 'Hornbeck is a Norwegian chain of hardware stores. Later, Hornbeck opened 40 shops in Oslo.';
    const found = names(text).filter(([n]) => n === 'Hornbeck');
    expect(found).toEqual([
      ['Hornbeck', 'organization'],
      ['Hornbeck', 'organization'],
    ]);
  });

  it.each([
    ['Labour party leader Keir Starmer spoke in Leeds on Monday.', 'Keir Starmer', 'person'],
    ['John Hollis, a Labour party activist, was arrested in Leeds.', 'John Hollis', 'person'],
    ['The company Monday said profit rose, according to Anna Berg.', 'Anna Berg', 'person'],
    [
      'Shares of the carmaker in Germany fell, said Thomas Weber, an analyst at the bank.',
      'Germany',
      'place',
    ],
    ['Tavora is a group of more than 40 islands north of Fiji.', 'Tavora', 'place'],
  ])('leaves %s', (text, name, type) => {
    expect(names(text)).toContainEqual([name, type]);
  });
});
