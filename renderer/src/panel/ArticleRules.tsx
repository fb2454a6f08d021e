import { routeHash } from '../common/route';
import type { EntityData } from '../reader/use-entities';
import type { CorrectionActions } from '../reader/use-entity-corrections';
import { describeRule } from './describe-correction';

/** The library rules that bear on this article, each switchable off here; and the way to all rules. */
export function ArticleRules({ data, corrections }: { data: EntityData; corrections: CorrectionActions }) {
  return (
    <section className="corrections" aria-labelledby="article-rules-title">
      <h2 id="article-rules-title" className="panel-heading">
        Library rules here <span className="panel-count">{data.rules.length}</span>
      </h2>
      {data.rules.length > 0 && (
        <ul className="correction-list">
          {data.rules.map(({ rule, exemptionId }) => (
            <li
              key={rule.id}
              className={`correction${exemptionId ? ' is-off' : ''}`}
              data-testid="article-rule"
            >
              <span>
                {describeRule(rule.rule)}
                {exemptionId && <span className="entity-badge">off here</span>}
              </span>
              {exemptionId ? (
                <button
                  type="button"
                  className="button button-small button-quiet"
                  onClick={() => void corrections.uncorrect(exemptionId)}
                >
                  Apply here
                </button>
              ) : (
                <button
                  type="button"
                  className="button button-small button-quiet"
                  title="Keep this rule from changing this article"
                  onClick={() => void corrections.correct({ kind: 'exempt', ruleId: rule.id })}
                >
                  Not here
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <a className="button button-small button-quiet" href={routeHash({ name: 'rules' })}>
        All library rules
      </a>
    </section>
  );
}
