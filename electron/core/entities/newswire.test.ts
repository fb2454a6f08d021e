import { describe, expect, it } from 'vitest';
import { detectEntities } from './index';

function names(text: string): [string, string][] {
  return detectEntities(text)
    .mentions.filter((m) => m.type !== 'date')
    .map((m) => [m.text, m.type]);
}

describe('wire-service conventions', () => {
  it('reads a dateline city as a place', () => {
    const found = names('SIENA , Italy 2024-03-02\nTadej Pogacar won the race on Saturday .');
    expect(found).toContainEqual(['SIENA', 'place']);
    expect(found).toContainEqual(['Italy', 'place']);
    expect(found).toContainEqual(['Tadej Pogacar', 'person']);
  });

  it('reads clubs in a results table as organisations and splits them at the score', () => {
    const found = names('Results on Saturday :\nBurnley 0 Arsenal 5\nFulham 3 Aston Villa 1');
    expect(found).toContainEqual(['Arsenal', 'organization']);
    expect(found).toContainEqual(['Aston Villa', 'organization']);
    expect(found.every(([text]) => !/\d/.test(text))).toBe(true);
  });

  it('reads town-named teams in a results line as clubs, national teams as places', () => {
    const found = names('Results :\nCleveland 126 MINNESOTA 104\nJapan 2 Syria 1');
    expect(found).toContainEqual(['Cleveland', 'organization']);
    expect(found).toContainEqual(['MINNESOTA', 'organization']);
    expect(found).toContainEqual(['Japan', 'place']);
    expect(found).toContainEqual(['Syria', 'place']);
  });

  it('keeps a club of the results table a club where the story names it', () => {
    const text =
      'Sevilla lost to Valencia , and coach Juan Lopez said Sevilla must improve .\n' +
      'Results of Spanish first division matches on Sunday :\nSevilla 0 Valencia 2\nBilbao 1 Zaragoza 1';
    const valencia = names(text).filter(([name]) => name === 'Valencia');
    expect(valencia).toEqual([
      ['Valencia', 'organization'],
      ['Valencia', 'organization'],
    ]);
  });

  it('reads a name ending in a legal form as an organisation', () => {
    expect(names('Shares in Boeing Co fell 8 percent on Monday .')).toContainEqual([
      'Boeing Co',
      'organization',
    ]);
  });

  it('keeps a country a place when it is a team', () => {
    const found = names('England were bowled out for 145 , and Wales coach Warren Gatland was pleased .');
    expect(found).toContainEqual(['England', 'place']);
    expect(found).toContainEqual(['Wales', 'place']);
  });

  it('does not join a headline topic to the name after its dash', () => {
    const found = names('TENNIS - SABALENKA RETAINS TITLE\nAryna Sabalenka won in Melbourne .');
    expect(found.some(([text]) => text.includes('TENNIS'))).toBe(false);
  });
});
