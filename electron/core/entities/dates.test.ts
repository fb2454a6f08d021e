import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const PUBLISHED = '2024-04-09'; // a Tuesday

function dates(text: string, published = PUBLISHED): [string, string][] {
  return findDates(text, published).map((d) => [
    text.slice(d.start, d.end),
    d.date.end ? `${d.date.value}/${d.date.end}` : d.date.value,
  ]);
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
    // 10 June 2023 was a Saturday, and "met" looks back.
    ['On Saturday, 10 June, they met.', [['Saturday, 10 June', '2023-06-10']]],
    // Past tense in April: last October, not the coming one.
    ['It closed in October, she said.', [['October', '2023-10']]],
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

/** Published Thursday 2024-04-11 (second quarter, spring). */
const THURSDAY = '2024-04-11';

describe('a yearless date points the way the sentence does', () => {
  it.each([
    // Prepositions and modifiers.
    ['Prices have risen since September.', [['September', '2023-09']]],
    ['Sales fell last September.', [['September', '2023-09']]],
    ['Sales fell last March.', [['March', '2024-03']]],
    ['The plant opens next September.', [['September', '2024-09']]],
    ['The plant opens next March.', [['March', '2025-03']]],
    ['This September will be busy.', [['September', '2024-09']]],
    // Tense.
    ['The company said in September that it would cut jobs.', [['September', '2023-09']]],
    ['In September, the company announced a merger.', [['September', '2023-09']]],
    ['The firm will open a plant in September.', [['September', '2024-09']]],
    ['The firm said it will open a plant in September.', [['September', '2024-09']]],
    ['The firm said it would open a plant in September.', [['September', '2024-09']]],
    ['Elections are due in September.', [['September', '2024-09']]],
    ['He is to visit Paris in September.', [['September', '2024-09']]],
    ['Sales rose in April.', [['April', '2024-04']]],
    [
      'Sales fell in March but will recover in June.',
      [
        ['March', '2024-03'],
        ['June', '2024-06'],
      ],
    ],
    ['The deal was signed on September 5.', [['September 5', '2023-09-05']]],
    ['The vote will be held on March 3.', [['March 3', '2025-03-03']]],
    // Weekdays: the last one before the article, or the next one after it.
    ['The central bank held rates on Wednesday.', [['Wednesday', '2024-04-10']]],
    ['The central bank will meet on Wednesday.', [['Wednesday', '2024-04-17']]],
    ['Talks collapsed on Friday.', [['Friday', '2024-04-05']]],
    ['Talks resume on Friday.', [['Friday', '2024-04-12']]],
  ])('%s', (text, expected) => {
    expect(dates(text, THURSDAY)).toEqual(expected);
  });
});

describe('ranges, decades, quarters and seasons', () => {
  it.each([
    ['From 2019 to 2022 profits fell.', [['2019 to 2022', '2019/2022']]],
    ['Profits fell between 2010 and 2015.', [['2010 and 2015', '2010/2015']]],
    ['The 2019-20 season was cut short.', [['2019-20', '2019/2020']]],
    ['He served from 1998–2003.', [['1998–2003', '1998/2003']]],
    [
      'Elections were held in 2019 and 2022.',
      [
        ['2019', '2019'],
        ['2022', '2022'],
      ],
    ],
    ['Between March and May rain fell.', [['March and May', '2023-03/2023-05']]],
    ['Between January and March rain fell.', [['January and March', '2024-01/2024-03']]],
    ['The works will run from June to August.', [['June to August', '2024-06/2024-08']]],
    ['Output fell between March and May 2023.', [['March and May 2023', '2023-03/2023-05']]],
    ['It ran from December to February 2024.', [['December to February 2024', '2023-12/2024-02']]],
    ['In the 1990s the city grew.', [['1990s', '1990s']]],
    ['Its heyday was the mid-1980s.', [['mid-1980s', '1980s']]],
    ["It was a hit in the '60s.", [["'60s", '1960s']]],
    ['The 2000s were a boom.', [['2000s', '2000s']]],
    ['Revenue rose in Q3 2023.', [['Q3 2023', '2023-Q3']]],
    ['Revenue rose in the third quarter of 2022.', [['third quarter of 2022', '2022-Q3']]],
    ['Profit rose in the first quarter.', [['first quarter', '2024-Q1']]],
    ['Profit rose in the third quarter.', [['third quarter', '2023-Q3']]],
    ['Profit will rise in the fourth quarter.', [['fourth quarter', '2024-Q4']]],
    ['Sales fell in the fourth quarter of last year.', [['fourth quarter of last year', '2023-Q4']]],
    ['Sales fell last quarter.', [['last quarter', '2024-Q1']]],
    ['Deliveries rose in Q4.', [['Q4', '2023-Q4']]],
    ['In Q1, deliveries rose.', [['Q1', '2024-Q1']]],
    ['Last summer was hot.', [['Last summer', '2023-summer']]],
    ['The road opens next spring.', [['next spring', '2025-spring']]],
    ['The plant opens this summer.', [['this summer', '2024-summer']]],
    ['Snow fell last winter.', [['last winter', '2023-winter']]],
    ['Prices fell last fall.', [['last fall', '2023-autumn']]],
    ['The works began in the summer of 2019.', [['summer of 2019', '2019-summer']]],
    ['Sales fell in spring 2021.', [['spring 2021', '2021-spring']]],
  ])('%s', (text, expected) => {
    expect(dates(text, THURSDAY)).toEqual(expected);
  });

  it.each([
    ['The Lakers scored 30 points in the third quarter.'],
    ['Stocks may fall in the summer.'],
    ['The Arab Spring began in Tunisia.'],
    ['Prices fall in winter.'],
    ['The 1800s house was sold.'],
    ['She drives an Audi Q3.'],
  ])('finds no period in: %s', (text) => {
    expect(dates(text, THURSDAY).filter(([, v]) => /Q|s$|spring|summer|autumn|winter/.test(v))).toEqual([]);
  });

  it('gives each its precision', () => {
    const text = 'In the 1990s, in Q3 2023, last summer and from 2019 to 2022.';
    expect(findDates(text, THURSDAY).map((d) => d.date.granularity)).toEqual([
      'decade',
      'quarter',
      'season',
      'year',
    ]);
  });
});
