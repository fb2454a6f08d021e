import { describe, expect, it } from 'vitest';
import { detectEntities } from './index';

function typed(text: string): [string, string][] {
  return detectEntities(text)
    .mentions.filter((m) => m.type === 'event' || m.type === 'group')
    .map((m) => [m.text, m.type]);
}

describe('events and groups', () => {
  it.each([
    [
      'Putin visited Beijing for the opening of the 2022 Winter Olympics.',
      [['2022 Winter Olympics', 'event']],
    ],
    ['His father fought in World War II and later wrote about it.', [['World War II', 'event']]],
    ['They warned against a Cold War mentality.', [['Cold War', 'event']]],
    [
      'Both Democrats and Republicans voted for the bill.',
      [
        ['Democrats', 'group'],
        ['Republicans', 'group'],
      ],
    ],
    [
      'Russian troops crossed the border as Ukrainian forces withdrew.',
      [
        ['Russian', 'group'],
        ['Ukrainian', 'group'],
      ],
    ],
    ['He opposed Western democracies.', [['Western', 'group']]],
    [
      'Muslims and Christians prayed together.',
      [
        ['Muslims', 'group'],
        ['Christians', 'group'],
      ],
    ],
    [
      'South Korean officials met North Korean envoys.',
      [
        ['South Korean', 'group'],
        ['North Korean', 'group'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected);
  });

  it.each([
    ['The war went on for years.'],
    ['During the Games, the city was quiet.'],
    ['The western shore was flooded.'],
    ['He is a liberal and a democrat at heart.'],
    ['The U.S. Congress met the World Economic Forum.'],
  ])('finds no event or group in: %s', (text) => {
    expect(typed(text)).toEqual([]);
  });
});
