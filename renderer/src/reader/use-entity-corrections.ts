import { useCallback } from 'react';
import type { ArticleEntities } from '../../../electron/contract/api';
import type { CorrectionScope, EntityCorrection } from '../../../electron/contract/model';
import { call } from '../api/client';
import { useToasts } from '../common/toast-context';
import { describeCorrection, describeRule } from '../panel/describe-correction';
import type { EntityData } from './use-entities';

export interface CorrectionActions {
  /** `scope` 'library' makes the correction a rule for every article. */
  correct: (correction: EntityCorrection, scope?: CorrectionScope) => Promise<boolean>;
  uncorrect: (correctionId: string) => Promise<void>;
}

/**
 * Corrections go to the core, which answers with the entities as they now are; the marks are
 * repainted from that answer at once. Each correction is a step of the one history: its toast's
 * Undo (or Ctrl/Cmd+Z) takes it back, and the marks follow the change's event.
 */
export function useEntityCorrections(
  articleId: string,
  text: string,
  data: EntityData | null,
  replace: (value: ArticleEntities) => void,
): CorrectionActions {
  const { notify, reportError } = useToasts();

  const uncorrect = useCallback(
    async (correctionId: string) => {
      try {
        replace(await call('entities/uncorrect', { articleId, correctionId }));
      } catch (error) {
        reportError(error, 'Could not undo the correction');
      }
    },
    [articleId, replace, reportError],
  );

  const correct = useCallback(
    async (correction: EntityCorrection, scope: CorrectionScope = 'article') => {
      const words = describeCorrection(correction, data?.byId ?? new Map(), text, data?.rules);
      const before = new Set(data?.corrections.map((item) => item.id) ?? []);
      const rulesBefore = new Set(data?.rules.map((item) => item.rule.id) ?? []);
      try {
        const result = await call('entities/correct', { articleId, correction, scope });
        replace(result);
        if (scope === 'library') {
          const made = result.rules.find((item) => !rulesBefore.has(item.rule.id));
          notify({
            message: made
              ? `In every article: ${describeRule(made.rule.rule)}.`
              : `In every article: ${words}.`,
            undo: Boolean(made),
          });
          return true;
        }
        const added = result.corrections.find((item) => !before.has(item.id));
        notify({
          message: `${words}.`,
          undo: Boolean(added),
        });
        return true;
      } catch (error) {
        reportError(error, 'Could not correct the entity');
        return false;
      }
    },
    [articleId, text, data, replace, notify, reportError],
  );

  return { correct, uncorrect };
}
