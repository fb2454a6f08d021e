import { useEffect, useState } from 'react';
import { formatDate, plural } from '../common/format';
import { useReadySignal } from '../common/ready';
import { describeRule } from '../panel/describe-correction';
import { RuleEditor } from './RuleEditor';
import { useRules } from './use-rules';
import { SubPageHeader } from './SubPageHeader';

/** Every library rule (corrections that hold in all articles), each editable and deletable. */
export function RulesView() {
  const { rules, error, update, remove } = useRules();
  const [editing, setEditing] = useState<string | null>(null);
  useEffect(() => {
    document.title = 'Library rules · Gloss';
  }, []);
  useReadySignal('rules', rules !== null);

  return (
    <div className="library-layout entity-layout">
      <SubPageHeader />
      <main className="library-main" aria-labelledby="rules-title">
        <div className="library-heading">
          <h1 id="rules-title">Library rules</h1>
          {rules && <p className="library-count">{plural(rules.length, 'rule')}</p>}
        </div>
        <p className="entity-summary">
          Corrections made for the whole library hold in every article, also those you add later. An article’s
          own corrections still win, and an article can switch a rule off in its Entities tab.
        </p>
        {error && (
          <p className="modal-error" role="alert">
            The rules could not be read. {error}
          </p>
        )}
        {rules?.length === 0 && (
          <p className="panel-empty">
            No rules yet. In an article’s Entities tab, choose “In every article” before you correct an
            entity.
          </p>
        )}
        {rules && rules.length > 0 && (
          <ul className="rule-list">
            {rules.map((item) => (
              <li key={item.id} className="rule-item" data-testid="rule">
                {editing === item.id ? (
                  <RuleEditor
                    rule={item.rule}
                    idPrefix={`rule-${item.id}`}
                    onSave={(rule) => update(item.id, rule)}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <>
                    <span className="rule-text">{describeRule(item.rule)}</span>
                    <span className="rule-date">{formatDate(item.updatedAt, 'short')}</span>
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      aria-label={`Edit the rule: ${describeRule(item.rule)}`}
                      onClick={() => setEditing(item.id)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button button-small button-danger"
                      aria-label={`Delete the rule: ${describeRule(item.rule)}`}
                      onClick={() => void remove(item.id)}
                    >
                      Delete
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </main>
    </div>
  );
}
