import { useSettings } from '../common/settings-context';
import { ARTICLE_SORTS, SORT_LABELS } from '../common/vocabulary';

/** The library's order; the choice is a setting of the library, so it is there after a restart. */
export function SortSelect() {
  const { settings, update } = useSettings();
  return (
    <label className="library-sort">
      <span className="field-label">Sort by</span>
      <select
        className="select"
        value={settings.librarySort}
        onChange={(event) => {
          const sort = ARTICLE_SORTS.find((known) => known === event.target.value);
          if (sort) update({ librarySort: sort });
        }}
      >
        {ARTICLE_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {SORT_LABELS[sort]}
          </option>
        ))}
      </select>
    </label>
  );
}
