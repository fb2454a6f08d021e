import { useState } from 'react';
import type { EntityPage } from '../../../electron/contract/model';
import { call } from '../api/client';
import { useToasts } from '../common/toast-context';
import { ENTITY_LABELS } from '../common/vocabulary';

/**
 * The names an entity is written as. Those added here are library rules ("Lavrov is the same
 * person as Sergei Lavrov") and can be removed; the others are how the articles write it.
 */
export function EntityAliases({ page, onChanged }: { page: EntityPage; onChanged: () => void }) {
  const { notify, reportError } = useToasts();
  const [alias, setAlias] = useState('');
  const added = new Map(page.aliasRules.map((item) => [item.rule.name.toLowerCase(), item]));
  const names = [...new Set([...page.aliases, ...page.aliasRules.map((item) => item.rule.name)])];
  const kind = ENTITY_LABELS[page.type].one.toLowerCase();

  const add = async () => {
    const name = alias.trim();
    if (!name) return;
    try {
      await call('entities/addRule', { rule: { kind: 'merge', name, into: page.name, type: page.type } });
      setAlias('');
      notify({
        tone: 'success',
        message: `“${name}” is now the same ${kind} as “${page.name}” in every article.`,
      });
      onChanged();
    } catch (error) {
      reportError(error, 'Could not add the name');
    }
  };
  const remove = async (ruleId: string, name: string) => {
    try {
      await call('entities/deleteRule', { id: ruleId });
      notify({ message: `“${name}” is no longer taken for “${page.name}”.` });
      onChanged();
    } catch (error) {
      reportError(error, 'Could not remove the name');
    }
  };

  return (
    <section aria-labelledby="aliases-title" className="entity-section">
      <h2 id="aliases-title">Also written</h2>
      {names.length > 0 && (
        <ul className="entity-aliases">
          {names.map((name) => {
            const rule = added.get(name.toLowerCase());
            return (
              <li key={name} className="chip" data-testid="entity-alias">
                {name}
                {rule && (
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={`Remove the name “${name}”`}
                    onClick={() => void remove(rule.id, name)}
                  >
                    ×
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <form
        className="entity-alias-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <input
          className="text-field"
          aria-label={`Another name for ${page.name}`}
          placeholder="Another name, in every article"
          maxLength={300}
          value={alias}
          onChange={(event) => setAlias(event.target.value)}
        />
        <button type="submit" className="button button-small" disabled={!alias.trim()}>
          Add name
        </button>
      </form>
    </section>
  );
}
