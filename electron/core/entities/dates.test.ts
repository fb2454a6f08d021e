import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const PUBLISHED = '2024-04-09'; // a Tuesday

function dates(text: string): [string, string][] {
  return findDates(text, PUBLISHED).map((d) => [text.slice(d.start, d.end), d.date.value]);
}

describe('dates resolved against the publication date', () => {
  it.each([
    ['They met on Tuesday.', [['Tuesday', '2024-04-09']]],
    ['He visited last month.', [['last month', '2024-03']]],
    ['Elections are due in 2024.', [['2024', '2024']]],
    ['Published 2024-04-09 in Beijing.', [['2024-04-09', '2024-04-09']]],
    ['It happened on March 3, 2021, at night.', [['March 3, 2021', '2021-03-03']]],
    ['Talks resumed yesterday.', [['yesterday', '2024-04-08']]],
    ['He left two weeks ago.', [['two weeks ago', '2024-03-26']]],
    ['Prices rose in March.', [['March', '2024-03']]],
    ['This year will be hard.', [['This year', '2024']]],
    ['Since 1998 the border has been closed.', [['1998', '1998']]],
    ['On Saturday, 10 June, they met.', [['Saturday, 10 June', '2024-06-10']]],
    ['It closed in October, she said.', [['October', '2024-10']]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    ['Protesters march on the capital.'],
    ['March on, they said.'],
    ['May I ask a question?'],
    ['Theresa May spoke to reporters.'],
    ["Today's good relations are hard-won."],
    ['The first meeting in six years.'],
    ['This came over a year after the visit.'],
    ['Right now nobody knows.'],
    ['He scored 2024 points.'],
    ['Over the last six years, prices rose.'],
    ['The vote is two years out.'],
  ])('finds no date in: %s', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('gives the precision the text gives', () => {
    const text = 'On Tuesday, last month and in 2023.';
    expect(findDates(text, PUBLISHED).map((d) => d.date.granularity)).toEqual(['day', 'month', 'year']);
  });
});
