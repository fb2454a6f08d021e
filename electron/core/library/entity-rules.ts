import type { Entity, EntityCorrection, EntityRule, StoredEntityRule } from '../../contract/model';
import { nameKey } from '../entities';
import { GlossError } from '../errors';
import { newId, nowIso } from './ids';

const byId = (entities: readonly Entity[], id: string) => entities.find((entity) => entity.id === id);
const byName = (entities: readonly Entity[], name: string) =>
  entities.find((entity) => entity.name === name || entity.aliases.includes(name));

/**
 * The library rule a correction made in one article stands for, by the names of that
 * article's entities: reject → never mark the name; retype, or add a span → the name is always
 * that type; merge → the name is the same entity as the other. Call after `checkCorrection`.
 */
export function ruleFromCorrection(
  text: string,
  entities: readonly Entity[],
  correction: EntityCorrection,
): EntityRule {
  switch (correction.kind) {
    case 'add':
      return {
        kind: 'retype',
        name: text.slice(correction.start, correction.end).trim(),
        type: correction.type,
      };
    case 'reject': {
      const entity = byId(entities, correction.entityId) ?? byName(entities, correction.name);
      return { kind: 'reject', name: entity?.name ?? correction.name };
    }
    case 'retype': {
      const entity = byId(entities, correction.entityId) ?? byName(entities, correction.name);
      return { kind: 'retype', name: entity?.name ?? correction.name, type: correction.type };
    }
    case 'merge': {
      const from = byId(entities, correction.entityId)!;
      const into = byId(entities, correction.intoEntityId)!;
      return { kind: 'merge', name: from.name, into: into.name, type: into.type };
    }
    case 'exempt':
      throw new GlossError(
        'invalid-params',
        'A library rule is switched off in one article, not in the whole library.',
      );
  }
}

/** Refuse a rule that could never hold: a name merged into itself. */
export function checkRule(rule: EntityRule): void {
  if (!rule.name.trim()) throw new GlossError('invalid-params', 'A rule needs a name.');
  if (rule.kind === 'merge' && nameKey(rule.name) === nameKey(rule.into))
    throw new GlossError('invalid-params', `“${rule.name}” cannot be the same entity as itself.`);
}

/** A rule with its names trimmed, as stored. */
export function trimmedRule(rule: EntityRule): EntityRule {
  return rule.kind === 'merge'
    ? { ...rule, name: rule.name.trim(), into: rule.into.trim() }
    : { ...rule, name: rule.name.trim() };
}

/** A new rule, ready for a `rule/added` change (it replaces the rule about the same name). */
export function newRule(rule: EntityRule): StoredEntityRule {
  const now = nowIso();
  return { id: newId(), createdAt: now, updatedAt: now, rule: trimmedRule(rule) };
}
