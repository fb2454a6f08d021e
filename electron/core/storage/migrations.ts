/**
 * Schema migrations, one step per version: MIGRATIONS[kind][n] turns a version-n file into a
 * version-(n+1) one. A file with no `schemaVersion` is version 0 (the prototype format, below).
 * Add a step here and bump SCHEMA_VERSION to change a file format; old libraries are migrated
 * once at open, after a backup (migrate-library.ts).
 */
import { GlossError } from '../errors';
import type { FileKind } from './file-schemas';
import { SCHEMA_VERSION } from './layout';
import type { EntryFields } from './model-schemas';
import { v0ToV1 } from './migrations-v0';
import { v1ToV2 } from './migrations-v1';

type Raw = Record<string, unknown>;

/** What a step may need from the rest of the library (a notes file's entry lives in the index). */
export interface MigrationContext {
  entry?: EntryFields;
}

export type Migration = (raw: Raw, context: MigrationContext) => Raw;

/** `null`: the file kind did not exist at that version (a file claiming it is damaged). */
export const MIGRATIONS: Record<FileKind, readonly (Migration | null)[]> = {
  index: [v0ToV1.index, v1ToV2.index],
  content: [v0ToV1.content, v1ToV2.content],
  notes: [v0ToV1.notes, v1ToV2.notes],
  entities: [v0ToV1.entities, v1ToV2.entities],
  // notices.json first appeared at version 1: one without a version is damaged.
  notices: [null, v1ToV2.notices],
  // entity-library.json first appeared at version 2.
  entityLibrary: [null, null],
};

/** The file's schema version, or NaN when it is not a version at all. */
export function versionOf(raw: Raw): number {
  const version = raw.schemaVersion;
  if (version === undefined) return 0;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : NaN;
}

export function newerSchemaError(found: number): GlossError {
  return new GlossError(
    'newer-schema',
    `This library was saved by a newer version of Gloss (data format ${found}; this version reads up to ` +
      `${SCHEMA_VERSION}). Update Gloss to open it. Nothing in the library was changed.`,
  );
}

/**
 * Bring parsed JSON up to SCHEMA_VERSION. Throws `newer-schema` for a version from the future
 * and a plain Error for anything that is not a versioned object (the caller treats it as corrupt).
 */
export function upgrade(
  kind: FileKind,
  raw: unknown,
  context: MigrationContext = {},
): { data: Raw; from: number } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('not a JSON object');
  let data = raw as Raw;
  const from = versionOf(data);
  if (Number.isNaN(from)) throw new Error('schemaVersion is not a version number');
  if (from > SCHEMA_VERSION) throw newerSchemaError(from);
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[kind][version];
    if (!step) throw new Error(`no migration for ${kind} version ${version}`);
    data = { ...step(data, context), schemaVersion: version + 1 };
  }
  return { data, from };
}
