import { FILTER_CHIPS, typedFilters, withChip, withoutFilter } from './query-filters';

/**
 * Under the search box: the filters typed in it (each removable), then the filters it knows,
 * each added to the query with a click or Enter. Buttons keep the box's focus on pointer down,
 * so typing goes on where it was.
 */
export function SearchChips({ query, onChange }: { query: string; onChange: (query: string) => void }) {
  const typed = typedFilters(query);
  const keepFocus = (event: React.MouseEvent) => event.preventDefault();
  return (
    <div className="search-chips" role="group" aria-label="Search filters">
      {typed.map((filter) => (
        <button
          key={filter}
          type="button"
          className="chip search-chip-active"
          aria-pressed="true"
          aria-label={`Remove filter ${filter}`}
          onMouseDown={keepFocus}
          onClick={() => onChange(withoutFilter(query, filter))}
        >
          {filter} <span aria-hidden="true">×</span>
        </button>
      ))}
      {FILTER_CHIPS.map((chip) => (
        <button
          key={chip.insert}
          type="button"
          className="chip search-chip"
          title={`Add ${chip.label} to the search`}
          onMouseDown={keepFocus}
          onClick={() => onChange(withChip(query, chip.insert))}
        >
          {chip.label}
        </button>
      ))}
    </div>
  );
}
