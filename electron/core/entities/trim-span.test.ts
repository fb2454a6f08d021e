import { describe, expect, it } from 'vitest';
import type { EntityTag } from './tagger-model';
import { tokenize } from './tokenize';
import { trimAndSplit, trimSpan } from './trim-span';

describe('trimSpan keeps only the name', () => {
  it.each([
    ['the United States', 'LOC', 'United States'],
    ['Ms Pugh', 'PER', 'Pugh'],
    ['Mr. Winterkorn', 'PER', 'Winterkorn'],
    ['Pope Francis', 'PER', 'Francis'],
    ['Haute-Garonne region', 'LOC', 'Haute-Garonne'],
    ['BBC World Service radio', 'ORG', 'BBC World Service'],
    ['" Agora', 'ORG', 'Agora'],
    ['Charles de Gaulle', 'PER', 'Charles de Gaulle'],
    ['Ministry of Foreign Affairs', 'ORG', 'Ministry of Foreign Affairs'],
    ['inter-Ministry of Foreign Affairs', 'ORG', 'inter-Ministry of Foreign Affairs'],
    ['President', 'PER', 'President'],
    ['Dr Lee', 'ORG', 'Dr Lee'],
    ['Crown Prince Mohammed bin Salman', 'PER', 'Mohammed bin Salman'],
    ['Attorney General Merrick Garland', 'PER', 'Merrick Garland'],
    ['Grand Ayatollah Ali al-Sistani', 'PER', 'Ali al-Sistani'],
    ['Martin Luther King', 'PER', 'Martin Luther King'],
    ['Billie Jean King', 'PER', 'Billie Jean King'],
  ])('%s (%s) -> %s', (text, tag, expected) => {
    const tokens = tokenize(text);
    const range = trimSpan(tokens, 0, tokens.length - 1, tag as EntityTag);
    expect(range && text.slice(tokens[range[0]]!.start, tokens[range[1]]!.end)).toBe(expected);
  });

  it.each([
    ['Sergey Lavrov met Xi Jinping', 'PER', ['Sergey Lavrov', 'Xi Jinping']],
    ['Leonardo da Vinci', 'PER', ['Leonardo da Vinci']],
    ['Bank of England and the Fed', 'ORG', ['Bank of England and the Fed']],
    ['Paris said Berlin', 'LOC', ['Paris', 'Berlin']],
    ['TENNIS - SABALENKA', 'PER', ['SABALENKA']],
    ['PHILADELPHIA 124 San Antonio', 'ORG', ['PHILADELPHIA', 'San Antonio']],
    ['Saint - Malo', 'LOC', ['Saint - Malo']],
    ['Channel 4', 'ORG', ['Channel 4']],
    ['ENGLAND V INDIA', 'ORG', ['ENGLAND', 'INDIA']],
    ['Vladimir V. Putin', 'PER', ['Vladimir V. Putin']],
  ])('splits %s (%s) where a lower-case word cannot be part of it', (text, tag, expected) => {
    const tokens = tokenize(text);
    const ranges = trimAndSplit(tokens, 0, tokens.length - 1, tag as EntityTag);
    expect(ranges.map(([a, b]) => text.slice(tokens[a]!.start, tokens[b]!.end))).toEqual(expected);
  });

  it.each([['the'], ['" ,']])('drops a span with no name left: %s', (text) => {
    const tokens = tokenize(text);
    expect(trimSpan(tokens, 0, tokens.length - 1, 'ORG')).toBeNull();
  });
});
