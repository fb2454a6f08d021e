import { useCallback, useEffect, useState } from 'react';
import type { EntityRule, StoredEntityRule } from '../../../electron/contract/model';
import { describeError } from '../api/api-error';
import { call } from '../api/client';
import { useToasts } from '../common/toast-context';
import { changesOf, useLibraryVersion } from '../common/use-server-event';
import { describeRule } from '../panel/describe-correction';

/**
 * The library's entity rules, with edit and delete (undone from the toast or Ctrl/Cmd+Z through
 * the window's history), read again whenever a rule changes anywhere (another window, an undo).
 */
export function useRules() {
  const { notify, reportError } = useToasts();
  const [rules, setRules] = useState<StoredEntityRule[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const changed = useLibraryVersion(changesOf('rule/'));

  useEffect(() => {
    let live = true;
    call('entities/rules', {}).then(
      (result) => live && setRules(result),
      (failure: unknown) => live && setError(describeError(failure)),
    );
    return () => {
      live = false;
    };
  }, [changed]);

  const update = useCallback(
    async (id: string, rule: EntityRule) => {
      try {
        setRules(await call('entities/updateRule', { id, rule }));
        notify({ tone: 'success', message: `Saved: ${describeRule(rule)}.` });
        return true;
      } catch (failure) {
        reportError(failure, 'Could not change the rule');
        return false;
      }
    },
    [notify, reportError],
  );

  const remove = useCallback(
    async (id: string) => {
      try {
        const removed = await call('entities/deleteRule', { id });
        setRules((current) => current?.filter((rule) => rule.id !== id) ?? null);
        notify({
          message: `Deleted the rule: ${describeRule(removed.rule)}.`,
          undo: true,
        });
      } catch (failure) {
        reportError(failure, 'Could not delete the rule');
      }
    },
    [notify, reportError],
  );

  return { rules, error, update, remove };
}
