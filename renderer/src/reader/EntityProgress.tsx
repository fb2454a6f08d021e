import type { EntityState } from '../../../electron/contract/model';

/** Detection runs in the core while the text is already readable; say so, with progress. */
export function EntityProgress({ state }: { state: EntityState }) {
  if (state.status === 'ready') return null;
  if (state.status === 'failed') {
    return (
      <div className="entity-status entity-status-failed" role="status">
        Entities could not be detected: {state.message}
      </div>
    );
  }
  const percent = Math.round(state.progress * 100);
  return (
    <div className="entity-status" role="status" data-testid="entity-progress">
      <span>Finding people, places and dates… {percent}%</span>
      <div
        className="progress-track"
        role="progressbar"
        aria-label="Entity detection"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
