import { describe, expect, it } from 'vitest';
import type { Entity, EntityCorrection } from '../../../electron/contract/model';
import { describeCorrection } from './describe-correction';

const lavrov: Entity = {
  id: 'person:sergey-lavrov',
  name: 'Sergey Lavrov',
  type: 'person',
  aliases: [],
  mentionCount: 3,
};
const entities = new Map([[lavrov.id, lavrov]]);
const text = 'Wang Yi met Lavrov in Beijing.';

describe('describeCorrection', () => {
  it.each<[EntityCorrection, string]>([
    [{ kind: 'reject', entityId: 'x', name: 'Follow us' }, 'Not an entity: “Follow us”'],
    [
      { kind: 'retype', entityId: 'x', name: 'Kremlin', type: 'organization' },
      '“Kremlin” is an organization',
    ],
    [
      { kind: 'merge', entityId: 'person:lavrov', intoEntityId: lavrov.id },
      '“lavrov” merged into “Sergey Lavrov”',
    ],
    [{ kind: 'add', start: 0, end: 7, type: 'person' }, 'Added “Wang Yi” as a person'],
  ])('describes %j', (correction, words) => {
    expect(describeCorrection(correction, entities, text)).toBe(words);
  });
});
