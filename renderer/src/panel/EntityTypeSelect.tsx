import type { EntityType } from '../../../electron/contract/model';
import { ENTITY_LABELS, ENTITY_TYPES } from '../common/vocabulary';

/** A choice of entity type, in the legend's order; for adding an entity and for retyping one. */
export function EntityTypeSelect({
  value,
  onChange,
  id,
  label,
}: {
  value: EntityType;
  onChange: (type: EntityType) => void;
  /** For a visible `<label htmlFor>`; without one, pass `label`. */
  id?: string;
  label?: string;
}) {
  return (
    <select
      id={id}
      className="select"
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as EntityType)}
    >
      {ENTITY_TYPES.map((option) => (
        <option key={option} value={option}>
          {ENTITY_LABELS[option].one}
        </option>
      ))}
    </select>
  );
}
