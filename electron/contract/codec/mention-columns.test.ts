import { describe, expect, it } from 'vitest';
import type { Entity, EntityMention } from '../model';
import { decodeMentions, encodeMentions } from './mention-columns';

const TEXT = 'Xi met Lavrov in Beijing. Lavrov left Beijing on Monday.';
const entity = (id: string, name: string, type: Entity['type']): Entity => ({
  id,
  name,
  type,
  aliases: [name],
  mentionCount: 0,
});
const ENTITIES = [
  entity('person:xi', 'Xi', 'person'),
  entity('person:lavrov', 'Lavrov', 'person'),
  entity('place:beijing', 'Beijing', 'place'),
  entity('date:monday', 'Monday', 'date'),
];
const mention = (surface: string, from: number, entityId: string): EntityMention => {
  const start = TEXT.indexOf(surface, from);
  const type = ENTITIES.find((item) => item.id === entityId)!.type;
  return { start, end: start + surface.length, type, text: surface, entityId };
};
const MENTIONS = [
  mention('Xi', 0, 'person:xi'),
  mention('Lavrov', 0, 'person:lavrov'),
  mention('Beijing', 0, 'place:beijing'),
  mention('Lavrov', 20, 'person:lavrov'),
  mention('Beijing', 30, 'place:beijing'),
  mention('Monday', 0, 'date:monday'),
];

describe('mention columns', () => {
  it.each([
    ['no mentions', [], []],
    ['one', MENTIONS.slice(0, 1), ENTITIES],
    ['several, entities repeated', MENTIONS, ENTITIES],
  ])('give back the same mentions after JSON (%s)', (_what, mentions, entityList) => {
    const wire = JSON.parse(JSON.stringify(encodeMentions(mentions, entityList)));
    expect(decodeMentions(TEXT, wire, entityList)).toEqual(mentions);
  });

  it('carry each mention as three numbers: its text and entity are not repeated', () => {
    const columns = encodeMentions(MENTIONS, ENTITIES);
    expect(columns).toEqual({
      start: MENTIONS.map((m) => m.start),
      end: MENTIONS.map((m) => m.end),
      entity: [0, 1, 2, 1, 2, 3],
    });
    expect(JSON.stringify(columns)).not.toContain('Lavrov');
  });

  it('leave off a mention whose entity is not listed, instead of sending it broken', () => {
    const stray = { ...mention('Beijing', 0, 'place:beijing'), entityId: 'place:nowhere' };
    const columns = encodeMentions([MENTIONS[0]!, stray, MENTIONS[1]!], ENTITIES);
    expect(decodeMentions(TEXT, columns, ENTITIES)).toEqual([MENTIONS[0], MENTIONS[1]]);
  });

  it('skip an index past the list on decoding', () => {
    const columns = { start: [0, 3], end: [2, 6], entity: [0, 9] };
    expect(decodeMentions(TEXT, columns, ENTITIES)).toEqual([MENTIONS[0]]);
  });
});
