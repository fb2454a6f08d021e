import type { Entity } from '../../../electron/contract/model';
import { formatDate, plural } from '../common/format';
import { ENTITY_LABELS } from '../common/vocabulary';
import type { Hover } from './use-pointer-marks';

/** What the hovered mention refers to: canonical name, type, and the resolved date for dates. */
export function EntityTooltip({ hover, entity }: { hover: Hover; entity: Entity | undefined }) {
  const { mention, rect } = hover;
  const below = rect.top < 120;
  // Centered over the mention, but never cut off by the window's edges (max-width is 300px).
  const half = Math.min(150, window.innerWidth / 2 - 8);
  const left = Math.max(half + 8, Math.min(rect.left + rect.width / 2, window.innerWidth - half - 8));
  return (
    <div
      className={`entity-tooltip ${below ? 'below' : 'above'}`}
      role="tooltip"
      data-testid="entity-tooltip"
      style={{ left, top: below ? rect.bottom + 8 : rect.top - 8 }}
    >
      <div className="entity-tooltip-type">
        <span className={`type-dot type-${mention.type}`} aria-hidden="true" />
        {ENTITY_LABELS[mention.type].one}
      </div>
      <div className="entity-tooltip-name">{entity?.name ?? mention.text}</div>
      {entity?.date && <div className="entity-tooltip-date">{formatDate(entity.date.value)}</div>}
      {entity && entity.mentionCount > 1 && (
        <div className="entity-tooltip-hint">
          {plural(entity.mentionCount, 'mention')} · click to step through
        </div>
      )}
    </div>
  );
}
