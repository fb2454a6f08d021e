import { useState } from 'react';
import type { EntityRule, EntityType } from '../../../electron/contract/model';
import { EntityTypeSelect } from '../panel/EntityTypeSelect';

const KIND_LABELS: Record<EntityRule['kind'], string> = {
  reject: 'is never marked',
  retype: 'is always',
  merge: 'is the same as',
};

/** Edit one library rule: the name, what holds for it, and its type or the name it joins. */
export function RuleEditor({
  rule,
  idPrefix,
  onSave,
  onCancel,
}: {
  rule: EntityRule;
  idPrefix: string;
  onSave: (rule: EntityRule) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [kind, setKind] = useState<EntityRule['kind']>(rule.kind);
  const [name, setName] = useState(rule.name);
  const [type, setType] = useState<EntityType>(rule.kind === 'reject' ? 'person' : rule.type);
  const [into, setInto] = useState(rule.kind === 'merge' ? rule.into : '');
  const edited: EntityRule =
    kind === 'reject'
      ? { kind, name }
      : kind === 'retype'
        ? { kind, name, type }
        : { kind, name, into, type };
  const complete = name.trim() !== '' && (kind !== 'merge' || into.trim() !== '');

  return (
    <form
      className="rule-editor"
      aria-label="Edit the rule"
      onSubmit={(event) => {
        event.preventDefault();
        if (complete) void onSave(edited).then((saved) => saved && onCancel());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <label className="field-label" htmlFor={`${idPrefix}-name`}>
        Name
      </label>
      <input
        id={`${idPrefix}-name`}
        className="text-field"
        value={name}
        maxLength={300}
        autoFocus
        onChange={(event) => setName(event.target.value)}
      />
      <select
        className="select"
        aria-label="What holds for the name"
        value={kind}
        onChange={(event) => setKind(event.target.value as EntityRule['kind'])}
      >
        {Object.entries(KIND_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {kind === 'merge' && (
        <input
          className="text-field"
          aria-label="The name it is the same as"
          value={into}
          maxLength={300}
          onChange={(event) => setInto(event.target.value)}
        />
      )}
      {kind !== 'reject' && <EntityTypeSelect value={type} onChange={setType} label="Type" />}
      <button type="submit" className="button button-small" disabled={!complete}>
        Save
      </button>
      <button type="button" className="button button-small button-quiet" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
