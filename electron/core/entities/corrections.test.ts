import { describe, expect, it } from 'vitest';
import type { EntityCorrection, StoredEntityCorrection } from '../../contract/model';
import { applyCorrections, detectEntities } from './index';

const TEXT =
  'Sergey Lavrov met Xi Jinping in Beijing. Lavrov praised China.\n\n' +
  'Gazprom and the Kremlin said Lavrov would return to Beijing. The Silk Road Fund paid.';
const detection = detectEntities(TEXT, { published: '2024-04-09' });

function stored(...corrections: EntityCorrection[]): StoredEntityCorrection[] {
  return corrections.map((correction, i) => ({
    id: `c${i}`,
    createdAt: `2024-04-10T10:00:0${i}Z`,
    correction,
  }));
}

function texts(d: ReturnType<typeof applyCorrections>, entityId: string): string[] {
  return d.mentions.filter((m) => m.entityId === entityId).map((m) => m.text);
}

describe('corrections win over detection', () => {
  it('detection finds what the corrections below act on', () => {
    expect(texts(detection, 'person:sergey-lavrov')).toEqual(['Sergey Lavrov', 'Lavrov', 'Lavrov']);
    expect(texts(detection, 'place:beijing')).toEqual(['Beijing', 'Beijing']);
  });

  it('reject removes every mention of the entity in the article', () => {
    const d = applyCorrections(
      TEXT,
      detection,
      stored({ kind: 'reject', entityId: 'place:beijing', name: 'Beijing' }),
    );
    expect(d.mentions.some((m) => m.text === 'Beijing')).toBe(false);
    expect(d.entities.some((e) => e.id === 'place:beijing')).toBe(false);
  });

  it('reject still applies when the id changed but the name did not', () => {
    const d = applyCorrections(
      TEXT,
      detection,
      stored({ kind: 'reject', entityId: 'place:old-id', name: 'Beijing' }),
    );
    expect(d.mentions.some((m) => m.text === 'Beijing')).toBe(false);
  });

  it('retype changes the type of every mention and keeps the id', () => {
    const d = applyCorrections(
      TEXT,
      detection,
      stored({ kind: 'retype', entityId: 'place:china', name: 'China', type: 'organization' }),
    );
    const china = d.entities.find((e) => e.id === 'place:china')!;
    expect([china.type, china.corrected]).toEqual(['organization', true]);
    expect(d.mentions.filter((m) => m.text === 'China').map((m) => m.type)).toEqual(['organization']);
  });

  it('merge moves all mentions into the other entity', () => {
    const d = applyCorrections(
      TEXT,
      detection,
      stored({ kind: 'merge', entityId: 'place:china', intoEntityId: 'place:beijing' }),
    );
    expect(texts(d, 'place:beijing')).toEqual(['Beijing', 'China', 'Beijing']);
    expect(d.entities.find((e) => e.id === 'place:beijing')!.aliases).toEqual(['Beijing', 'China']);
    expect(d.entities.some((e) => e.id === 'place:china')).toBe(false);
  });

  it('add marks the selection and its other occurrences, replacing overlapping detections', () => {
    const start = TEXT.indexOf('Silk Road Fund');
    const d = applyCorrections(
      TEXT,
      detection,
      stored({ kind: 'add', start, end: start + 'Silk Road Fund'.length, type: 'organization' }),
    );
    const added = d.entities.find((e) => e.name === 'Silk Road Fund')!;
    expect([added.id, added.type, added.corrected, added.mentionCount]).toEqual([
      'organization:silk-road-fund',
      'organization',
      true,
      1,
    ]);
    expect(d.mentions.filter((m) => m.start < start + 14 && m.end > start)).toHaveLength(1);
  });

  it('add finds the other occurrences of the added text', () => {
    const start = TEXT.indexOf('Lavrov praised');
    const d = applyCorrections(
      TEXT,
      detection,
      stored({ kind: 'add', start, end: start + 6, type: 'organization' }),
    );
    const lavrov = d.mentions.filter((m) => m.text === 'Lavrov');
    expect(lavrov.map((m) => m.type)).toEqual(['organization', 'organization']);
    expect(new Set(lavrov.map((m) => m.entityId)).size).toBe(1);
  });

  it('applies corrections in the order they were made, whatever order they are stored in', () => {
    const start = TEXT.indexOf('Silk Road Fund');
    const corrections = stored(
      { kind: 'add', start, end: start + 14, type: 'organization' },
      { kind: 'reject', entityId: 'organization:silk-road-fund', name: 'Silk Road Fund' },
    );
    const d = applyCorrections(TEXT, detection, corrections.reverse());
    expect(d.mentions.some((m) => m.text === 'Silk Road Fund')).toBe(false);
  });

  it('ignores corrections that point at nothing', () => {
    const d = applyCorrections(
      TEXT,
      detection,
      stored(
        { kind: 'merge', entityId: 'person:nobody', intoEntityId: 'place:beijing' },
        { kind: 'add', start: 5, end: 500, type: 'place' },
      ),
    );
    expect(d).toEqual(detection);
  });

  it('does not change the detection it was given', () => {
    const before = JSON.stringify(detection);
    applyCorrections(TEXT, detection, stored({ kind: 'reject', entityId: 'place:beijing', name: 'Beijing' }));
    expect(JSON.stringify(detection)).toBe(before);
  });
});

describe('adding a span that repeats itself', () => {
  it('marks every whole-word occurrence once, never overlapping the selected one or each other', () => {
    const text = 'ab ab ab and ab.';
    const none = { mentions: [], entities: [] };
    const d = applyCorrections(text, none, stored({ kind: 'add', start: 3, end: 8, type: 'event' }));
    expect(d.mentions.map((m) => [m.start, m.end])).toEqual([[3, 8]]);
    const single = applyCorrections(text, none, stored({ kind: 'add', start: 0, end: 2, type: 'event' }));
    expect(single.mentions.map((m) => m.start)).toEqual([0, 3, 6, 13]);
    expect(single.entities).toEqual([
      expect.objectContaining({ name: 'ab', mentionCount: 4, aliases: ['ab'] }),
    ]);
  });

  it('leaves a longer detected name that contains an occurrence alone', () => {
    const at = TEXT.lastIndexOf('Lavrov');
    const d = applyCorrections(
      TEXT,
      detection,
      stored({ kind: 'add', start: at, end: at + 6, type: 'place' }),
    );
    expect(d.mentions.find((m) => m.start === 0)).toMatchObject({ text: 'Sergey Lavrov', type: 'person' });
    expect(d.mentions.filter((m) => m.text === 'Lavrov').map((m) => m.type)).toEqual(['place', 'place']);
  });
});
