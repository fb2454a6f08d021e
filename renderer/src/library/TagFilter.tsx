import type { Tag } from '../../../electron/contract/model';

/** One toggle per tag in use; choosing one again clears the filter. */
export function TagFilter({
  tags,
  selected,
  onSelect,
}: {
  tags: Tag[];
  selected: string | null;
  onSelect: (tag: string | null) => void;
}) {
  if (tags.length === 0) return null;
  return (
    <nav className="tag-filter" aria-label="Filter by tag">
      <button type="button" className="chip" aria-pressed={selected === null} onClick={() => onSelect(null)}>
        All
      </button>
      {tags.map((tag) => {
        const active = selected?.toLowerCase() === tag.name.toLowerCase();
        return (
          <button
            key={tag.name}
            type="button"
            className="chip"
            aria-pressed={active}
            onClick={() => onSelect(active ? null : tag.name)}
          >
            <span className="chip-hash" aria-hidden="true">
              #
            </span>
            {tag.name}
            <span className="chip-count" aria-label={`${tag.count} items`}>
              {tag.count}
            </span>
          </button>
        );
      })}
    </nav>
  );
}
