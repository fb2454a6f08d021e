import type { Entity, EntityMention, EntityType, Highlight } from '../../contract/model';
import type { ExportInput } from './types';
import { entityTag, wikiLink } from './tags';

/** Dates inside a highlight are not things anyone files notes under. */
const SKIPPED: EntityType[] = ['date'];

/** The entities mentioned (even partly) inside a highlight, in order of first mention, each once. */
export function entitiesIn(highlight: Highlight, mentions: EntityMention[], entities: Entity[]): Entity[] {
  if (highlight.anchor === 'orphan') return [];
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const found = new Map<string, Entity>();
  for (const mention of mentions) {
    if (mention.end <= highlight.start || mention.start >= highlight.end || SKIPPED.includes(mention.type))
      continue;
    const entity = byId.get(mention.entityId) ?? {
      id: mention.entityId,
      name: mention.text,
      type: mention.type,
      aliases: [],
      mentionCount: 1,
    };
    if (!found.has(entity.id)) found.set(entity.id, entity);
  }
  return [...found.values()];
}

/** Entity references for a highlight's tag line, as the export setting asks. */
export function entityReferences(
  entities: Entity[],
  mode: ExportInput['settings']['exportEntities'],
): string[] {
  if (mode === 'tags') return entities.map((entity) => `#${entityTag(entity.type, entity.name)}`);
  if (mode === 'links')
    return entities.map((entity) => wikiLink(entity.name)).filter((link): link is string => link !== null);
  return [];
}
