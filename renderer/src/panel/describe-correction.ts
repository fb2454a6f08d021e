import type {
  ArticleRule,
  Entity,
  EntityCorrection,
  EntityRule,
  EntityType,
} from '../../../electron/contract/model';
import { ENTITY_LABELS } from '../common/vocabulary';

/** "person:sergey-lavrov" → "sergey lavrov": a readable fallback once an entity is gone. */
function nameFromId(id: string): string {
  return (id.split(':').slice(1).join(':') || id).replace(/-/g, ' ');
}

/** "a person", "an organization", "an event". */
export function aType(type: EntityType): string {
  const word = ENTITY_LABELS[type].one.toLowerCase();
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

/** A correction in plain words, for the undo toast and the list of corrections. */
export function describeCorrection(
  correction: EntityCorrection,
  entities: ReadonlyMap<string, Entity>,
  text: string,
  rules: readonly ArticleRule[] = [],
): string {
  const name = (id: string) => entities.get(id)?.name ?? nameFromId(id);
  switch (correction.kind) {
    case 'reject':
      return `Not an entity: “${correction.name}”`;
    case 'retype':
      return `“${correction.name}” is ${aType(correction.type)}`;
    case 'merge':
      return `“${name(correction.entityId)}” merged into “${name(correction.intoEntityId)}”`;
    case 'add':
      return `Added “${text.slice(correction.start, correction.end)}” as ${aType(correction.type)}`;
    case 'exempt': {
      const rule = rules.find((item) => item.rule.id === correction.ruleId);
      return rule ? `Library rule off here: ${describeRule(rule.rule.rule)}` : 'A library rule, off here';
    }
  }
}

/** A library rule in plain words: "Never mark “TEU”", "“Klaas Knot” is a person". */
export function describeRule(rule: EntityRule): string {
  switch (rule.kind) {
    case 'reject':
      return `Never mark “${rule.name}”`;
    case 'retype':
      return `“${rule.name}” is ${aType(rule.type)}`;
    case 'merge':
      return `“${rule.name}” is the same ${ENTITY_LABELS[rule.type].one.toLowerCase()} as “${rule.into}”`;
  }
}
