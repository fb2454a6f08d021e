import type { ReadingState } from '../../../electron/contract/model';
import { TrashIcon } from '../common/icons';
import { routeHash } from '../common/route';
import { READING_STATE_LABELS, READING_STATES } from '../common/vocabulary';

/** Which articles the library lists: those in one reading state, or all of them (null). */
export function StateTabs({
  selected,
  onSelect,
}: {
  selected: ReadingState | null;
  onSelect: (state: ReadingState | null) => void;
}) {
  return (
    <nav className="state-tabs" aria-label="Reading state">
      {[...READING_STATES, null].map((state) => (
        <button
          key={state ?? 'all'}
          type="button"
          className="state-tab"
          aria-pressed={selected === state}
          onClick={() => onSelect(state)}
        >
          {state ? READING_STATE_LABELS[state].tab : 'All'}
        </button>
      ))}
      <a className="state-tab state-tab-trash" href={routeHash({ name: 'trash' })}>
        <TrashIcon /> Trash
      </a>
    </nav>
  );
}
