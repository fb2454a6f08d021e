import { describe, expect, it } from 'vitest';
import { detectEntities } from './index';

function names(text: string): [string, string][] {
  return detectEntities(text, { published: '2024-04-09' })
    .mentions.filter((m) => m.type !== 'date')
    .map((m) => [m.text, m.type]);
}

/** Mistypes reported from reading real news (issue 11). */
describe('reported mistypes', () => {
  it.each([
    ['Maersk said on Tuesday it would reroute ships around Africa.', 'Maersk', 'organization'],
    ['Shipping lines Maersk and Hapag-Lloyd said they would avoid the Red Sea.', 'Maersk', 'organization'],
    ['Hapag-Lloyd said volumes rose, and Hapag-Lloyd shares gained.', 'Hapag-Lloyd', 'organization'],
    [
      'The U.S. Federal Reserve held interest rates steady on Wednesday, Chair Jerome Powell said.',
      'U.S. Federal Reserve',
      'organization',
    ],
    [
      'The U.K. Financial Conduct Authority fined the bank on Monday, and officials said it would appeal.',
      'U.K. Financial Conduct Authority',
      'organization',
    ],
    [
      'The Financial Conduct Authority fined the bank on Monday.',
      'Financial Conduct Authority',
      'organization',
    ],
    ['Hapag-Lloyd CEO Rolf Habben Jansen said freight rates would stay high.', 'Hapag-Lloyd', 'organization'],
    [
      'Hapag-Lloyd, the German container line, said on Thursday that profit fell.',
      'Hapag-Lloyd',
      'organization',
    ],
    ['Rolls-Royce and Harley-Davidson reported results on Monday.', 'Harley-Davidson', 'organization'],
    [
      'Crown Prince Mohammed bin Salman told Fox News that talks with Israel continued.',
      'Mohammed bin Salman',
      'person',
    ],
  ])('%s', (text, name, type) => {
    expect(names(text)).toContainEqual([name, type]);
  });

  it.each([
    ['The port handled 2.1 million TEU last year, up from 1.9 million TEU in 2022.', 'TEU'],
    ['Its ships carry 10,000 TEU each and the terminal draws 500 MW.', 'TEU'],
    ['The Franco-Prussian war and the Anglo-Saxon kings are taught in school.', 'Franco-Prussian'],
    ['Grain prices rose after the Russia-Ukraine war began, and Russia blamed Ukraine.', 'Russia-Ukraine'],
    ['The #MeToo movement spread to Hollywood after the allegations in 2017.', '#MeToo'],
  ])('%s: %s is no name', (text, word) => {
    expect(names(text).filter(([t]) => t.includes(word.replace('#', '')))).toEqual([]);
  });
});
