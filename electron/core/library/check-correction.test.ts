import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeMentions } from '../../contract/codec/mention-columns';
import type { EntityCorrection } from '../../contract/model';
import type { EntityDetector } from '../entities';
import { createLibrary, type Library } from '../library';

const TEXT = 'Merkel talks 😀\n\nAngela Merkel met Macron in Paris.';

/** Every "Merkel" is one person and every "Macron" another: fast and predictable. */
const detector: EntityDetector = {
  detect: (text) => {
    const people = [
      ['person-merkel', 'Angela Merkel', 'Merkel'],
      ['person-macron', 'Emmanuel Macron', 'Macron'],
    ] as const;
    const mentions = people.flatMap(([entityId, , surface]) =>
      [...text.matchAll(new RegExp(surface, 'g'))].map((match) => ({
        start: match.index,
        end: match.index + surface.length,
        type: 'person' as const,
        text: surface,
        entityId,
      })),
    );
    const entities = people.map(([id, name, surface]) => ({
      id,
      name,
      type: 'person' as const,
      aliases: [surface],
      mentionCount: mentions.filter((mention) => mention.entityId === id).length,
    }));
    return Promise.resolve({ mentions, entities });
  },
  close: () => Promise.resolve(),
};

describe('entities/correct refuses what it cannot apply', () => {
  let seedsDir: string;
  let library: Library;
  let articleId: string;
  const emoji = TEXT.indexOf('😀');

  beforeAll(async () => {
    seedsDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-correct-seeds-'));
    await writeFile(path.join(seedsDir, 'a.txt'), TEXT);
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-correct-'));
    library = await createLibrary({ dataDir, seedsDir, detector, backfill: false });
    articleId = (await library['articles/list']({}))[0]!.id;
    // The offsets below are into TEXT: the article must hold it as it is.
    expect((await library['articles/get']({ id: articleId })).text).toBe(TEXT);
    // The merge that makes "Macron" part of "Merkel", so later corrections see it gone.
    await library['entities/correct']({
      articleId,
      correction: { kind: 'merge', entityId: 'person-macron', intoEntityId: 'person-merkel' },
    });
  });
  afterAll(async () => {
    await library.close();
    await rm(library.dataDir, { recursive: true, force: true });
    await rm(seedsDir, { recursive: true, force: true });
  });

  it.each<[string, EntityCorrection, string, RegExp]>([
    [
      'an added span ending inside an emoji',
      { kind: 'add', start: emoji - 6, end: emoji + 1, type: 'event' },
      'invalid-params',
      /Can't add this as an entity: it starts or ends in the middle of a character/,
    ],
    [
      'an added span starting inside an emoji',
      { kind: 'add', start: emoji + 1, end: emoji + 4, type: 'event' },
      'invalid-params',
      /middle of a character/,
    ],
    [
      'an added span past the text',
      { kind: 'add', start: 20, end: 10_000, type: 'place' },
      'invalid-params',
      /within the article's text/,
    ],
    [
      'an added span of spaces',
      { kind: 'add', start: emoji + 2, end: emoji + 4, type: 'place' },
      'invalid-params',
      /only spaces or line breaks/,
    ],
    [
      'a reject of an entity the article does not have',
      { kind: 'reject', entityId: 'person-nobody', name: 'Nobody' },
      'not-found',
      /"Nobody" is not an entity of this article/,
    ],
    [
      'a reject of an entity merged away already',
      { kind: 'reject', entityId: 'person-macron', name: 'Emmanuel Macron' },
      'not-found',
      /merged already/,
    ],
    [
      'a retype of an entity the article does not have',
      { kind: 'retype', entityId: 'x', name: 'Nobody', type: 'place' },
      'not-found',
      /"Nobody" is not an entity/,
    ],
    [
      'a merge into itself',
      { kind: 'merge', entityId: 'person-merkel', intoEntityId: 'person-merkel' },
      'invalid-params',
      /cannot be merged into itself/,
    ],
    [
      'a merge of an entity that is gone',
      { kind: 'merge', entityId: 'person-macron', intoEntityId: 'person-merkel' },
      'not-found',
      /The entity to merge is not an entity of this article/,
    ],
    [
      'a merge into an entity that does not exist',
      { kind: 'merge', entityId: 'person-merkel', intoEntityId: 'person-nobody' },
      'not-found',
      /The entity to merge it into is not/,
    ],
  ])('%s, storing nothing', async (_what, correction, code, message) => {
    const notes = path.join(library.dataDir, 'articles', articleId, 'notes.json');
    const before = await readFile(notes, 'utf8');
    const answer = await library.dispatch('entities/correct', { articleId, correction });
    expect(answer).toEqual({ error: { code, message: expect.stringMatching(message) } });
    expect(await readFile(notes, 'utf8')).toBe(before);
  });

  it('still applies a good one', async () => {
    const correction: EntityCorrection = { kind: 'add', start: emoji - 6, end: emoji - 1, type: 'event' };
    const answer = await library['entities/correct']({ articleId, correction });
    expect(decodeMentions(TEXT, answer.mentions, answer.entityList)).toContainEqual(
      expect.objectContaining({ text: 'talks', type: 'event' }),
    );
  });
});
