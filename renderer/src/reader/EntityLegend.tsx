import { useMemo } from 'react';
import type { EntityMention, EntityType } from '../../../electron/contract/model';
import { useSettings } from '../common/settings-context';
import { ENTITY_LABELS, ENTITY_TYPES } from '../common/vocabulary';

/** The color key for entity types; each entry toggles that type's marks (saved in settings). */
export function EntityLegend({ mentions }: { mentions: readonly EntityMention[] }) {
  const { settings, update } = useSettings();
  const counts = useMemo(() => {
    const byType = new Map<EntityType, number>();
    for (const mention of mentions) byType.set(mention.type, (byType.get(mention.type) ?? 0) + 1);
    return byType;
  }, [mentions]);
  const hidden = new Set(settings.hiddenEntityTypes);
  const toggle = (type: EntityType) => {
    const next = hidden.has(type) ? [...hidden].filter((item) => item !== type) : [...hidden, type];
    update({ hiddenEntityTypes: next });
  };
  return (
    <div className="legend" role="group" aria-label="Entity types shown in the text">
      {ENTITY_TYPES.map((type) => (
        <button
          key={type}
          type="button"
          className={`legend-item legend-${type}`}
          aria-pressed={!hidden.has(type)}
          data-testid={`legend-${type}`}
          title={
            hidden.has(type)
              ? `Show ${ENTITY_LABELS[type].many.toLowerCase()}`
              : `Hide ${ENTITY_LABELS[type].many.toLowerCase()}`
          }
          onClick={() => toggle(type)}
        >
          <span className={`type-swatch type-${type}`} aria-hidden="true" />
          {ENTITY_LABELS[type].many}
          <span className="legend-count">{counts.get(type) ?? 0}</span>
        </button>
      ))}
    </div>
  );
}
