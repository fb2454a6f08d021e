/** A library in a temp dir for the library tests, and detectors that mark fixed names. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Entity, EntityMention, EntityType } from '../../contract/model';
import type { EntityDetector } from '../entities';
import { createLibrary, type Library } from '../library';

export const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Finds nothing: for tests about everything but entities. */
export const noEntities: EntityDetector = {
  detect: () => Promise.resolve({ mentions: [], entities: [] }),
  close: () => Promise.resolve(),
};

/** One name the detector marks: where it occurs, its canonical name and its type. */
export type NamePattern = [pattern: RegExp, name: string, type: EntityType];

/**
 * A detector that marks every match of each pattern as one entity. `idOf` makes the entity's
 * id; `describe` adds fields to it (aliases default to the texts matched).
 */
export function patternDetector(
  names: NamePattern[],
  idOf: (name: string, type: EntityType) => string = (name, type) => `${type}:${name}`,
  describe: (name: string, type: EntityType) => Partial<Entity> = () => ({}),
): EntityDetector {
  return {
    detect: (text) => {
      const mentions: EntityMention[] = [];
      const entities: Entity[] = [];
      for (const [pattern, name, type] of names) {
        const id = idOf(name, type);
        const found = [...text.matchAll(pattern)].map((match) => ({
          start: match.index,
          end: match.index + match[0].length,
          type,
          text: match[0],
          entityId: id,
        }));
        if (found.length === 0) continue;
        mentions.push(...found);
        entities.push({
          id,
          name,
          type,
          aliases: [...new Set(found.map((mention) => mention.text))],
          mentionCount: found.length,
          ...describe(name, type),
        });
      }
      return Promise.resolve({ mentions: mentions.sort((a, b) => a.start - b.start), entities });
    },
    close: () => Promise.resolve(),
  };
}

/** Opens a library on a data dir, without seeds or backfill. */
export const openLibrary = (dataDir: string, detector: EntityDetector = noEntities) =>
  createLibrary({ dataDir, seed: false, detector, backfill: false });

/**
 * A fresh library in a fresh temp dir for each test of the calling `describe`, closed and
 * removed after it. Read `.library` and `.dataDir` inside the tests (they change per test).
 */
export function useTempLibrary(prefix: string, detector: EntityDetector = noEntities) {
  const current = {} as { library: Library; dataDir: string };
  beforeEach(async () => {
    current.dataDir = await mkdtemp(path.join(os.tmpdir(), prefix));
    current.library = await openLibrary(current.dataDir, detector);
  });
  afterEach(async () => {
    await current.library.close();
    await rm(current.dataDir, { recursive: true, force: true });
  });
  return current;
}
