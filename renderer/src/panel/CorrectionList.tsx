import type { EntityData } from '../reader/use-entities';
import type { CorrectionActions } from '../reader/use-entity-corrections';
import { describeCorrection } from './describe-correction';

/** Every correction made in this article, newest first, each with its own undo. */
export function CorrectionList({
  data,
  text,
  corrections,
}: {
  data: EntityData;
  text: string;
  corrections: CorrectionActions;
}) {
  if (data.corrections.length === 0) return null;
  const newestFirst = [...data.corrections].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section className="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title" className="panel-heading">
        Your corrections <span className="panel-count">{data.corrections.length}</span>
      </h2>
      <ul className="correction-list">
        {newestFirst.map((item) => (
          <li key={item.id} className="correction" data-testid="correction">
            <span>{describeCorrection(item.correction, data.byId, text, data.rules)}</span>
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => void corrections.uncorrect(item.id)}
            >
              Undo
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
