import { useState } from 'react';
import type { CorrectionScope, Entity, EntityType } from '../../../electron/contract/model';
import { formatDate } from '../common/format';
import { routeHash } from '../common/route';
import { ChevronDownIcon, ChevronUpIcon } from '../common/icons';
import { ENTITY_LABELS } from '../common/vocabulary';
import { aType } from './describe-correction';
import type { EntitiesTabProps } from './EntitiesTab';
import { EntityTypeSelect } from './EntityTypeSelect';
import { MentionList } from './MentionList';
import { OtherArticles } from './OtherArticles';
import { ScopeToggle } from './ScopeToggle';

/** One entity opened in the Entities tab: step through its mentions, correct it, find it elsewhere. */
export function EntityDetail({
  entity,
  data,
  stepper,
  corrections,
  articleId,
  text,
}: EntitiesTabProps & { entity: Entity }) {
  const mentions = data?.mentionsOf.get(entity.id) ?? [];
  const current =
    stepper.focused?.entityId === entity.id
      ? mentions.findIndex((m) => m.start === stepper.focused?.start)
      : -1;
  const [type, setType] = useState<EntityType>(entity.type);
  const [into, setInto] = useState('');
  const [scope, setScope] = useState<CorrectionScope>('article');
  const others = (data?.entityList ?? []).filter((other) => other.id !== entity.id);
  const sameType = others.filter((other) => other.type === entity.type);
  const otherTypes = others.filter((other) => other.type !== entity.type);
  const aliases = entity.aliases.filter((alias) => alias !== entity.name);

  return (
    <div className="entity-detail" data-testid="entity-detail">
      <div className="mention-stepper" role="group" aria-label={`Mentions of ${entity.name}`}>
        <button
          type="button"
          className="icon-button"
          aria-label="Previous mention"
          title="Previous mention ([)"
          onClick={() => stepper.step(-1)}
        >
          <ChevronUpIcon />
        </button>
        <span className="mention-position" aria-live="polite">
          {current >= 0 ? `Mention ${current + 1} of ${mentions.length}` : `${mentions.length} mentions`}
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label="Next mention"
          title="Next mention (])"
          onClick={() => stepper.step(1)}
        >
          <ChevronDownIcon />
        </button>
      </div>
      {entity.date && (
        <p className="entity-fact">
          Resolved to <strong>{formatDate(entity.date.value)}</strong>
        </p>
      )}
      {aliases.length > 0 && (
        <p className="entity-fact">
          Also written:{' '}
          {aliases.map((alias, index) => (
            <span key={alias}>
              {index > 0 && ', '}
              <q>{alias}</q>
            </span>
          ))}
        </p>
      )}
      <MentionList mentions={mentions} text={text} stepper={stepper} />
      <ScopeToggle id={`scope-${entity.id}`} scope={scope} onChange={setScope} />
      <div className="entity-actions">
        <form
          className="entity-action"
          onSubmit={(event) => {
            event.preventDefault();
            if (type !== entity.type)
              void corrections.correct(
                { kind: 'retype', entityId: entity.id, name: entity.name, type },
                scope,
              );
          }}
        >
          <label className="field-label" htmlFor={`retype-${entity.id}`}>
            Type
          </label>
          <EntityTypeSelect id={`retype-${entity.id}`} value={type} onChange={setType} />
          <button type="submit" className="button button-small" disabled={type === entity.type}>
            Change
          </button>
        </form>
        {others.length > 0 && (
          <form
            className="entity-action"
            onSubmit={(event) => {
              event.preventDefault();
              if (into)
                void corrections.correct({ kind: 'merge', entityId: entity.id, intoEntityId: into }, scope);
            }}
          >
            <label className="field-label" htmlFor={`merge-${entity.id}`}>
              Same as
            </label>
            <select
              id={`merge-${entity.id}`}
              className="select"
              value={into}
              onChange={(event) => setInto(event.target.value)}
            >
              <option value="">Choose…</option>
              {[sameType, otherTypes].map((group, index) =>
                group.length === 0 ? null : (
                  <optgroup
                    key={index}
                    label={
                      index === 0 ? `Other ${ENTITY_LABELS[entity.type].many.toLowerCase()}` : 'Other types'
                    }
                  >
                    {group.map((other) => (
                      <option key={other.id} value={other.id}>
                        {other.name}
                        {index === 1 ? ` (${ENTITY_LABELS[other.type].one.toLowerCase()})` : ''}
                      </option>
                    ))}
                  </optgroup>
                ),
              )}
            </select>
            <button type="submit" className="button button-small" disabled={!into}>
              Merge
            </button>
          </form>
        )}
        <button
          type="button"
          className="button button-small button-danger"
          title={
            scope === 'library'
              ? `Never mark “${entity.name}” in any article`
              : `Stop marking “${entity.name}” anywhere in this article`
          }
          onClick={() =>
            void corrections.correct({ kind: 'reject', entityId: entity.id, name: entity.name }, scope)
          }
        >
          Not {aType(entity.type)}
        </button>
      </div>
      {entity.type !== 'date' && (
        <a
          className="button button-small entity-page-link"
          href={routeHash({ name: 'entity', type: entity.type, entity: entity.name })}
        >
          Open the page on {entity.name}
        </a>
      )}
      <OtherArticles entity={entity} articleId={articleId} />
    </div>
  );
}
