import { TagColorMenu } from '../tags/TagColorMenu';
import { useTags } from '../tags/tags-context';

/** One toggle per tag in use (choosing one again clears the filter), each with its color menu. */
export function TagFilter({
  selected,
  onSelect,
}: {
  selected: string | null;
  onSelect: (tag: string | null) => void;
}) {
  const { tags, colorOf, setColor } = useTags();
  if (!tags || tags.length === 0) return null;
  return (
    <nav className="tag-filter" aria-label="Filter by tag">
      <button type="button" className="chip" aria-pressed={selected === null} onClick={() => onSelect(null)}>
        All
      </button>
      {tags.map((tag) => {
        const active = selected?.toLowerCase() === tag.name.toLowerCase();
        return (
          <span key={tag.name} className="tag-filter-item" data-testid="tag-filter-item">
            <button
              type="button"
              className="chip tag-filter-chip"
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
            <TagColorMenu
              tag={tag.name}
              color={colorOf(tag.name)}
              onChange={(color) => setColor(tag.name, color)}
            />
          </span>
        );
      })}
    </nav>
  );
}
