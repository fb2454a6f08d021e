import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../contract/model';
import { groupMentions, type RawMention } from './group-entities';

/** Builds mentions from "type:Surface" items laid out in one sentence, in order. */
function mentions(items: string[]): RawMention[] {
  let at = 0;
  return items.map((item) => {
    const [type, text] = item.split(':') as [EntityType, string];
    const m = { start: at, end: at + text.length, type, text };
    at += text.length + 10;
    return m;
  });
}

function groups(items: string[]): string[][] {
  const d = groupMentions(mentions(items));
  return d.entities.map((e) => d.mentions.filter((m) => m.entityId === e.id).map((m) => m.text));
}

describe('alias grouping', () => {
  it.each([
    [
      'transliterated first names',
      ['person:Sergey Lavrov', 'person:Sergei Lavrov', 'person:Lavrov'],
      [['Sergey Lavrov', 'Sergei Lavrov', 'Lavrov']],
    ],
    [
      'surname spelt with a double y',
      ['person:Volodymyr Zelensky', 'person:Zelenskyy', 'person:Zelensky'],
      [['Volodymyr Zelensky', 'Zelenskyy', 'Zelensky']],
    ],
    [
      'Chinese family name first',
      ['person:Xi Jinping', 'person:Xi', 'person:Wang Yi', 'person:Wang'],
      [
        ['Xi Jinping', 'Xi'],
        ['Wang Yi', 'Wang'],
      ],
    ],
    [
      'country abbreviation',
      ['place:United States', 'place:US', 'place:U.S.'],
      [['United States', 'US', 'U.S.']],
    ],
    [
      'acronym of a name in the article',
      ['organization:North Atlantic Treaty Organization', 'organization:NATO'],
      [['North Atlantic Treaty Organization', 'NATO']],
    ],
    [
      'different people, different surnames',
      ['person:Joe Biden', 'person:Donald Trump', 'person:Biden'],
      [['Joe Biden', 'Biden'], ['Donald Trump']],
    ],
    [
      'similar but different surnames stay apart',
      ['person:Ana Lopez', 'person:Ana Lopes'],
      [['Ana Lopez'], ['Ana Lopes']],
    ],
    [
      'same text, different type',
      ['place:Washington', 'person:Washington'],
      [['Washington'], ['Washington']],
    ],
  ])('%s', (_name, items, expected) => {
    expect(groups(items)).toEqual(expected);
  });

  it('gives a shared bare surname to the person named in full most recently before it', () => {
    expect(
      groups(['person:Hillary Clinton', 'person:Clinton', 'person:Bill Clinton', 'person:Clinton']),
    ).toEqual([
      ['Hillary Clinton', 'Clinton'],
      ['Bill Clinton', 'Clinton'],
    ]);
  });

  it('gives a surname seen before any full name to the first person named in full', () => {
    expect(groups(['person:Clinton', 'person:Bill Clinton', 'person:Hillary Clinton'])).toEqual([
      ['Clinton', 'Bill Clinton'],
      ['Hillary Clinton'],
    ]);
  });

  it.each([
    [
      ['person:Lavrov', 'person:Sergey Lavrov', 'person:Sergei Lavrov'],
      'person:sergey-lavrov',
      'Sergey Lavrov',
    ],
    [['place:US', 'place:United States'], 'place:united-states', 'United States'],
    [['place:US'], 'place:united-states', 'United States'],
    [['organization:the Kremlin'], 'organization:kremlin', 'Kremlin'],
  ])('names the entity by its fullest form: %j', (items, id, name) => {
    const d = groupMentions(mentions(items));
    expect(d.entities.map((e) => [e.id, e.name])).toEqual([[id, name]]);
  });

  it('groups dates by the day they resolve to', () => {
    const d = groupMentions([
      { start: 0, end: 7, type: 'date', text: 'Tuesday', date: { value: '2024-04-09', granularity: 'day' } },
      {
        start: 20,
        end: 30,
        type: 'date',
        text: '2024-04-09',
        date: { value: '2024-04-09', granularity: 'day' },
      },
      {
        start: 40,
        end: 50,
        type: 'date',
        text: 'last month',
        date: { value: '2024-03', granularity: 'month' },
      },
    ]);
    expect(d.entities.map((e) => [e.id, e.aliases, e.date?.granularity])).toEqual([
      ['date:2024-04-09', ['Tuesday', '2024-04-09'], 'day'],
      ['date:2024-03', ['last month'], 'month'],
    ]);
  });

  it('keys a range by its interval and keeps it apart from its first year', () => {
    const d = groupMentions([
      { start: 0, end: 4, type: 'date', text: '2019', date: { value: '2019', granularity: 'year' } },
      {
        start: 10,
        end: 22,
        type: 'date',
        text: '2019 to 2022',
        date: { value: '2019', end: '2022', granularity: 'year' },
      },
    ]);
    expect(d.entities.map((e) => [e.id, e.date])).toEqual([
      ['date:2019', { value: '2019', granularity: 'year' }],
      ['date:2019/2022', { value: '2019', end: '2022', granularity: 'year' }],
    ]);
  });
});
