import { plural } from '../common/format';
import type { ImportRun } from './import-run';
import { progressLabel, skippedLine, summaryTitle, versionMessage } from './import-run';
import { VersionChoiceRow } from './VersionChoiceRow';
import type { VersionChoice, VersionQuestion } from './version-question';

/**
 * A small panel in the corner while several files import ("Importing 3 of 12 — name.md", with
 * Stop, and the question about an item the library has in an earlier version, when the batch
 * waits for it), then one summary: how many were imported and why each refused file was
 * refused. It stays until dismissed, so a long list of reasons can be read at leisure.
 */
export function ImportPanel({
  run,
  question,
  onRest,
  onStop,
  onDismiss,
}: {
  run: ImportRun;
  question?: VersionQuestion | undefined;
  /** The user's answer for the batch's questions still to come. */
  onRest: (choice: VersionChoice) => void;
  onStop: () => void;
  onDismiss: () => void;
}) {
  if (!run.finished) {
    return (
      <section className="import-panel" aria-label="Import progress" data-testid="import-panel">
        <div className="import-panel-row">
          <p className="import-status">
            <strong>{progressLabel(run)}</strong>
            {run.current && <span className="import-file"> — {run.current}</span>}
          </p>
          <button
            type="button"
            className="button button-small"
            onClick={onStop}
            disabled={run.stopping}
            title={`The ${run.noun} being imported finishes; the rest are left out`}
          >
            {run.stopping ? 'Stopping…' : 'Stop'}
          </button>
        </div>
        <progress
          className="import-progress"
          max={run.total}
          value={run.done}
          aria-label={`${run.noun === 'page' ? 'Pages' : run.noun === 'item' ? 'Items' : 'Files'} done`}
        />
        {run.refused.length > 0 && (
          <p className="import-tally">{plural(run.refused.length, run.noun)} refused so far</p>
        )}
        {question && (
          <VersionChoiceRow
            key={question.id}
            question={question}
            more={run.total - run.done - run.skipped - 1}
            onRest={onRest}
          />
        )}
      </section>
    );
  }
  const skipped = skippedLine(run);
  const tone =
    run.refused.length > 0 ||
    run.skipped > 0 ||
    run.leftOut.length > 0 ||
    run.versions.some((version) => version.orphans.length > 0)
      ? 'import-panel-partial'
      : 'import-panel-done';
  return (
    <section
      className={`import-panel import-summary ${tone}`}
      aria-labelledby="import-summary-title"
      data-testid="import-summary"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss();
      }}
    >
      <div className="import-panel-row">
        <h2 id="import-summary-title" className="import-summary-title">
          {summaryTitle(run)}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Dismiss the import summary"
          onClick={onDismiss}
        >
          ×
        </button>
      </div>
      {skipped && <p className="import-skipped">{skipped}</p>}
      {run.refused.length > 0 && (
        <>
          <p className="import-refused-title">
            {run.refused.length === 1 ? 'Not imported:' : `${run.refused.length} not imported:`}
          </p>
          <ul
            className="import-refused"
            aria-label={run.noun === 'file' ? 'Files not imported' : 'Not imported'}
          >
            {run.refused.map((item, index) => (
              <li key={`${index}-${item.name}`}>{item.message}</li>
            ))}
          </ul>
        </>
      )}
      {run.versions.length > 0 && (
        <ul className="import-refused" aria-label="New versions">
          {run.versions.map((version, index) => (
            <li key={`${index}-${version.article.id}`}>{versionMessage(version)}</li>
          ))}
        </ul>
      )}
      {run.leftOut.length > 0 && (
        <ul className="import-refused" aria-label="Images left out">
          {run.leftOut.map((item, index) => (
            <li key={`${index}-${item.name}`}>{item.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
