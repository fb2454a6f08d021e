import { describe, expect, it } from 'vitest';
import { detectEntities } from './index';

function people(text: string): [string, string][] {
  return detectEntities(text)
    .mentions.filter((m) => m.type === 'person')
    .map((m) => [m.text, m.entityId]);
}

const VDL = 'person:ursula-von-der-leyen';

describe('names with particles stay whole', () => {
  it.each([
    [
      'Ursula von der Leyen, the president of the European Commission, visited Kyiv on Monday.',
      [['Ursula von der Leyen', VDL]],
    ],
    [
      'In a speech, Ursula von der Leyen outlined plans. Ursula von der Leyen also met Mark Rutte.',
      [
        ['Ursula von der Leyen', VDL],
        ['Ursula von der Leyen', VDL],
        ['Mark Rutte', 'person:mark-rutte'],
      ],
    ],
    [
      'Ursula von der Leyen won a second term on Thursday. Von der Leyen, a German conservative, secured 401 votes.',
      [
        ['Ursula von der Leyen', VDL],
        ['Von der Leyen', VDL],
      ],
    ],
    [
      'The Commission, led by Ursula von der Leyen, proposed new rules. Critics said von der Leyen had overreached.',
      [
        ['Ursula von der Leyen', VDL],
        ['von der Leyen', VDL],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
