import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../../electron/contract/model';
import { call } from '../api/client';
import { routeHash } from '../common/route';
import { COLOR_LABELS, ENTITY_LABELS, HIGHLIGHT_COLORS } from '../common/vocabulary';
import { useTags } from '../tags/tags-context';
import { isFiltered, NO_FILTERS, type NotebookFilters } from './notebook-filters';

const ENTITY_FILTER_TYPES = ['person', 'organization', 'place', 'group', 'event'] as const;

/** The notebook's filters: tag, color, note, article, entity and the day a highlight was made. */
export function NotebookFiltersBar({
  filters,
  onChange,
}: {
  filters: NotebookFilters;
  onChange: (filters: NotebookFilters) => void;
}) {
  const { tags } = useTags();
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [entityName, setEntityName] = useState(filters.entity?.name ?? '');
  const [entityType, setEntityType] = useState(filters.entity?.type ?? 'person');
  useEffect(() => {
    let live = true;
    void call('articles/list', {}).then(
      (list) => {
        if (live) setArticles(list.filter((article) => article.highlightCount > 0));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const set = (patch: Partial<NotebookFilters>) => onChange({ ...filters, ...patch });
  const applyEntity = () =>
    set({ entity: entityName.trim() ? { name: entityName.trim(), type: entityType } : null });

  return (
    <form
      className="notebook-filters"
      aria-label="Filter highlights"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="notebook-colors" role="group" aria-label="Color">
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            role="switch"
            className={`swatch swatch-${color}`}
            aria-checked={filters.color === color}
            aria-label={COLOR_LABELS[color]}
            title={COLOR_LABELS[color]}
            onClick={() => set({ color: filters.color === color ? null : color })}
          />
        ))}
      </div>
      <label className="notebook-field">
        <span className="field-label">Tag</span>
        <select
          className="select"
          value={filters.tag ?? ''}
          onChange={(event) => set({ tag: event.target.value || null })}
        >
          <option value="">Any tag</option>
          {(tags ?? []).map((tag) => (
            <option key={tag.name} value={tag.name}>
              #{tag.name}
            </option>
          ))}
        </select>
      </label>
      <label className="notebook-field">
        <span className="field-label">Note</span>
        <select
          className="select"
          value={filters.hasNote}
          onChange={(event) => set({ hasNote: event.target.value as NotebookFilters['hasNote'] })}
        >
          <option value="any">With or without</option>
          <option value="yes">Has a note</option>
          <option value="no">No note</option>
        </select>
      </label>
      <label className="notebook-field notebook-field-wide">
        <span className="field-label">Article</span>
        <select
          className="select"
          value={filters.articleId ?? ''}
          onChange={(event) => set({ articleId: event.target.value || null })}
        >
          <option value="">Every article</option>
          {articles.map((article) => (
            <option key={article.id} value={article.id}>
              {article.title}
            </option>
          ))}
        </select>
      </label>
      <div className="notebook-field notebook-field-wide" role="group" aria-label="Mentions">
        <span className="field-label">Mentions</span>
        <div className="notebook-entity">
          <select
            className="select"
            aria-label="Entity type"
            value={entityType}
            onChange={(event) => setEntityType(event.target.value as typeof entityType)}
          >
            {ENTITY_FILTER_TYPES.map((type) => (
              <option key={type} value={type}>
                {ENTITY_LABELS[type].one}
              </option>
            ))}
          </select>
          <input
            className="text-field"
            type="search"
            aria-label="Entity name"
            placeholder="Sergey Lavrov"
            value={entityName}
            onChange={(event) => setEntityName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') applyEntity();
            }}
            onBlur={applyEntity}
          />
        </div>
        {filters.entity && (
          <a
            className="notebook-entity-page"
            href={routeHash({ name: 'entity', type: filters.entity.type, entity: filters.entity.name })}
          >
            The page on {filters.entity.name}
          </a>
        )}
      </div>
      <label className="notebook-field">
        <span className="field-label">Made from</span>
        <input
          className="text-field"
          type="date"
          value={filters.after}
          onChange={(event) => set({ after: event.target.value })}
        />
      </label>
      <label className="notebook-field">
        <span className="field-label">to</span>
        <input
          className="text-field"
          type="date"
          value={filters.before}
          onChange={(event) => set({ before: event.target.value })}
        />
      </label>
      {isFiltered(filters) && (
        <button
          type="button"
          className="button button-small notebook-clear"
          onClick={() => {
            setEntityName('');
            onChange(NO_FILTERS);
          }}
        >
          Clear filters
        </button>
      )}
    </form>
  );
}
