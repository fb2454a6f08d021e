import type { CorrectionScope } from '../../../electron/contract/model';

/** Whether the next correction holds in this article only or in every article (a library rule). */
export function ScopeToggle({
  id,
  scope,
  onChange,
}: {
  id: string;
  scope: CorrectionScope;
  onChange: (scope: CorrectionScope) => void;
}) {
  return (
    <label className="scope-toggle" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={scope === 'library'}
        onChange={(event) => onChange(event.target.checked ? 'library' : 'article')}
      />
      In every article
    </label>
  );
}
