import type { Entity, EntityCorrection, StoredEntityRule } from '../../contract/model';
import { validateRange } from '../anchoring';
import { GlossError } from '../errors';

const gone = (name: string) =>
  new GlossError(
    'not-found',
    `${name} is not an entity of this article (any more): it may have been rejected or merged already.`,
  );

/** The entity a correction names, as the corrections apply it: by id, else by name or alias. */
function find(entities: readonly Entity[], id: string, name?: string): Entity | undefined {
  return (
    entities.find((entity) => entity.id === id) ??
    (name === undefined
      ? undefined
      : entities.find((entity) => entity.name === name || entity.aliases.includes(name)))
  );
}

/**
 * Refuse a correction that could only be stored as dead weight or damage: an added span that is
 * empty, outside the text, only whitespace or cutting a character in two ('invalid-params', as
 * highlights/create); a reject, retype or merge of an entity the article does not have (now,
 * with the earlier corrections applied: 'not-found'); a merge of an entity into itself; switching
 * off a library rule that does not exist ('not-found').
 */
export function checkCorrection(
  text: string,
  entities: readonly Entity[],
  correction: EntityCorrection,
  rules: readonly StoredEntityRule[] = [],
): void {
  switch (correction.kind) {
    case 'exempt':
      if (!rules.some((rule) => rule.id === correction.ruleId))
        throw new GlossError('not-found', 'That library rule was deleted.');
      return;
    case 'add':
      validateRange(text, correction.start, correction.end, 'add this as an entity');
      return;
    case 'reject':
    case 'retype':
      if (!find(entities, correction.entityId, correction.name)) throw gone(`"${correction.name}"`);
      return;
    case 'merge': {
      if (correction.entityId === correction.intoEntityId)
        throw new GlossError('invalid-params', 'An entity cannot be merged into itself.');
      const from = find(entities, correction.entityId);
      const into = find(entities, correction.intoEntityId);
      if (!from) throw gone('The entity to merge');
      if (!into) throw gone('The entity to merge it into');
      if (from === into) throw new GlossError('invalid-params', 'An entity cannot be merged into itself.');
    }
  }
}
