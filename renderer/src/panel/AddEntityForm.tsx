import { useState } from 'react';
import type { CorrectionScope, EntityType } from '../../../electron/contract/model';
import type { ArticleSelection } from '../reader/use-article-selection';
import type { CorrectionActions } from '../reader/use-entity-corrections';
import { EntityTypeSelect } from './EntityTypeSelect';
import { ScopeToggle } from './ScopeToggle';

/** Mark the text selected in the article as an entity the detector missed. */
export function AddEntityForm({
  selection,
  text,
  corrections,
}: {
  selection: ArticleSelection | null;
  text: string;
  corrections: CorrectionActions;
}) {
  const [type, setType] = useState<EntityType>('person');
  const [scope, setScope] = useState<CorrectionScope>('article');
  const selected = selection ? text.slice(selection.start, selection.end) : '';
  const tooLong = selected.length > 120;
  return (
    <form
      className="add-entity"
      aria-label="Add an entity from the selection"
      onSubmit={(event) => {
        event.preventDefault();
        if (!selection || tooLong) return;
        void corrections.correct({ kind: 'add', start: selection.start, end: selection.end, type }, scope);
      }}
    >
      <p className="add-entity-hint">
        {selection ? (
          <>
            Selected: <q>{tooLong ? `${selected.slice(0, 60)}…` : selected}</q>
          </>
        ) : (
          'Select a name in the article to add it as an entity.'
        )}
      </p>
      <div className="add-entity-row">
        <EntityTypeSelect value={type} onChange={setType} label="Type of the new entity" />
        <button type="submit" className="button button-small" disabled={!selection || tooLong}>
          Add entity
        </button>
      </div>
      <ScopeToggle id="scope-add" scope={scope} onChange={setScope} />
      {tooLong && <p className="field-error">That selection is too long for a name.</p>}
    </form>
  );
}
