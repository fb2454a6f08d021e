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
    ['Maersk Line said on Monday that its ships would avoid the Red Sea.', 'Maersk Line', 'organization'],
    ['A.P. Moller-Maersk shares fell 3% in Copenhagen on Friday.', 'A.P. Moller-Maersk', 'organization'],
    ['The Fed raised rates on Wednesday, and analysts expect more.', 'Fed', 'organization'],
    ['Fed Chair Jerome Powell said inflation was easing.', 'Fed', 'organization'],
    ['Saudi Crown Prince Mohammed bin Salman met President Joe Biden in Jeddah.', 'Saudi', 'group'],
    // The span retyper read the speaker as a work (MISC), which is dropped.
    ['"It was a long night," Brekke told reporters.', 'Brekke', 'person'],
  ])('%s', (text, name, type) => {
    expect(names(text)).toContainEqual([name, type]);
  });

  it('reads "Prince Mohammed" as the Mohammed bin Salman named before', () => {
    const text =
      'Saudi Crown Prince Mohammed bin Salman met President Joe Biden in Jeddah. Prince Mohammed said the kingdom would raise output.';
    const d = detectEntities(text, { published: '2024-04-09' });
    const people = d.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people.sort()).toEqual(['Joe Biden', 'Mohammed bin Salman']);
    expect(d.mentions.some((m) => m.text.includes('Crown'))).toBe(false);
  });

  it('groups "the Fed" with the Federal Reserve', () => {
    const text = 'The Federal Reserve held rates on Wednesday. Analysts said the Fed would cut in June.';
    const d = detectEntities(text, { published: '2024-04-09' });
    const orgs = d.entities.filter((e) => e.type === 'organization');
    expect(orgs.map((e) => e.name)).toEqual(['Federal Reserve']);
    expect(d.mentions.filter((m) => m.entityId === orgs[0]!.id).map((m) => m.text)).toEqual([
      'Federal Reserve',
      'Fed',
    ]);
  });

  it.each([
    ['The port handled 2.1 million TEU last year, up from 1.9 million TEU in 2022.', 'TEU'],
    ['Its ships carry 10,000 TEU each and the terminal draws 500 MW.', 'TEU'],
    ['The Franco-Prussian war and the Anglo-Saxon kings are taught in school.', 'Franco-Prussian'],
    ['Grain prices rose after the Russia-Ukraine war began, and Russia blamed Ukraine.', 'Russia-Ukraine'],
    ['The #MeToo movement spread to Hollywood after the allegations in 2017.', '#MeToo'],
    ['Fed up with delays, commuters walked to work in London.', 'Fed'],
    ['The Foreign Office said British Foreign Secretary David Lammy would visit.', 'British Foreign'],
  ])('%s: %s is no name', (text, word) => {
    expect(names(text).filter(([t]) => t.includes(word.replace('#', '')))).toEqual([]);
  });
});
