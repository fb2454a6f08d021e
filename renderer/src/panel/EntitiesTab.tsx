import { useMemo, useState } from 'react';
import type { Entity, EntityType } from '../../../electron/contract/model';
import { formatDate } from '../common/format';
import { ENTITY_LABELS, ENTITY_TYPES } from '../common/vocabulary';
import type { ArticleSelection } from '../reader/use-article-selection';
import type { EntityData } from '../reader/use-entities';
import type { CorrectionActions } from '../reader/use-entity-corrections';
import type { MentionStepper } from '../reader/use-mention-stepper';
import { AddEntityForm } from './AddEntityForm';
import { ArticleRules } from './ArticleRules';
import { CorrectionList } from './CorrectionList';
import { EntityDetail } from './EntityDetail';

export interface EntitiesTabProps {
  articleId: string;
  text: string;
  data: EntityData | null;
  selectedId: string | null;
  onSelect: (entityId: string | null) => void;
  stepper: MentionStepper;
  corrections: CorrectionActions;
  selection: ArticleSelection | null;
  filterRef: React.RefObject<HTMLInputElement | null>;
}

/** Entities by type, filtered by name or alias, most mentioned first. */
function groupEntities(entities: readonly Entity[], filter: string): Map<EntityType, Entity[]> {
  const needle = filter.trim().toLowerCase();
  const groups = new Map<EntityType, Entity[]>();
  for (const entity of entities) {
    if (needle && ![entity.name, ...entity.aliases].some((name) => name.toLowerCase().includes(needle)))
      continue;
    const list = groups.get(entity.type);
    if (list) list.push(entity);
    else groups.set(entity.type, [entity]);
  }
  for (const list of groups.values())
    list.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  return groups;
}

/** The article's entities by type with mention counts; choose one to step through it and correct it. */
export function EntitiesTab(props: EntitiesTabProps) {
  const { data, selectedId, onSelect, filterRef } = props;
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => groupEntities(data?.entityList ?? [], filter), [data, filter]);
  if (!data) return <p className="panel-empty">Loading entities…</p>;

  return (
    <div className="entities-tab">
      <div className="entities-tools">
        <input
          ref={filterRef}
          type="search"
          className="text-field"
          placeholder="Filter entities"
          aria-label="Filter entities"
          aria-keyshortcuts="/"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <AddEntityForm selection={props.selection} text={props.text} corrections={props.corrections} />
      </div>
      {data.state.status === 'running' && (
        <p className="panel-empty">Still detecting entities; the list grows as it goes.</p>
      )}
      {data.state.status === 'ready' && data.entityList.length === 0 && (
        <p className="panel-empty">No people, places or dates were found in this article.</p>
      )}
      {ENTITY_TYPES.filter((type) => groups.has(type)).map((type) => (
        <section key={type} className="entity-group" aria-labelledby={`entity-group-${type}`}>
          <h2 id={`entity-group-${type}`} className="panel-heading">
            <span className={`type-swatch type-${type}`} aria-hidden="true" />
            {ENTITY_LABELS[type].many} <span className="panel-count">{groups.get(type)!.length}</span>
          </h2>
          <ul className="entity-list">
            {groups.get(type)!.map((entity) => {
              const selected = entity.id === selectedId;
              return (
                <li
                  key={entity.id}
                  className={`entity-item${selected ? ' is-selected' : ''}`}
                  data-testid="entity-item"
                >
                  <button
                    type="button"
                    className="entity-row"
                    aria-expanded={selected}
                    onClick={() => onSelect(selected ? null : entity.id)}
                  >
                    <span className="entity-name">{entity.name}</span>
                    {entity.date && formatDate(entity.date.value) !== entity.name && (
                      <span className="entity-date">{formatDate(entity.date.value, 'short')}</span>
                    )}
                    {entity.corrected && <span className="entity-badge">edited</span>}
                    <span className="entity-count" aria-label={`${entity.mentionCount} mentions`}>
                      {entity.mentionCount}
                    </span>
                  </button>
                  {selected && <EntityDetail {...props} entity={entity} />}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <CorrectionList data={data} text={props.text} corrections={props.corrections} />
      <ArticleRules data={data} corrections={props.corrections} />
    </div>
  );
}
