/**
 * Applies the user's corrections to a detection, in the order they were made. Corrections
 * always win: a rejected entity disappears everywhere in the article, a retyped one keeps its id
 * (later corrections still refer to it), a merge moves mentions, and an added span is also
 * marked at its other occurrences, replacing whatever detection found there.
 */
import type { Entity, EntityMention, StoredEntityCorrection } from '../../contract/model';
import { markName, mergeEntity, rejectEntity, retypeEntity } from './entity-edits';
import type { Detection } from './group-entities';

function findEntity(entities: Entity[], id: string, name?: string): Entity | undefined {
  return (
    entities.find((e) => e.id === id) ??
    (name === undefined ? undefined : entities.find((e) => e.name === name || e.aliases.includes(name)))
  );
}

/**
 * Apply the article's corrections, in the order they were made, to `d` (a copy, changed in
 * place). `exempt` corrections are read by the library rules, before these.
 */
export function applyArticleCorrections(
  text: string,
  d: Detection,
  corrections: readonly StoredEntityCorrection[],
  pinned: Set<EntityMention>,
): void {
  const ordered = [...corrections].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
  for (const { correction: c } of ordered) {
    if (c.kind === 'reject') {
      const e = findEntity(d.entities, c.entityId, c.name);
      if (e) rejectEntity(d, e);
    } else if (c.kind === 'retype') {
      const e = findEntity(d.entities, c.entityId, c.name);
      if (e) retypeEntity(d, e, c.type);
    } else if (c.kind === 'merge') {
      const from = findEntity(d.entities, c.entityId);
      const into = findEntity(d.entities, c.intoEntityId);
      if (from && into && from !== into) mergeEntity(d, from, into);
    } else if (c.kind === 'add') {
      if (!(c.start >= 0 && c.end <= text.length && c.start < c.end)) continue;
      markName(text, d, text.slice(c.start, c.end), c.type, pinned, c);
    }
  }
}
