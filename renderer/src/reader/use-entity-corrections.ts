import { useCallback } from 'react';
import type { ArticleEntities } from '../../../electron/contract/api';
import type { EntityCorrection } from '../../../electron/contract/model';
import { call } from '../api/client';
import { useToasts } from '../common/toast-context';
import { describeCorrection } from '../panel/describe-correction';
import type { EntityData } from './use-entities';

export interface CorrectionActions {
  correct: (correction: EntityCorrection) => Promise<boolean>;
  uncorrect: (correctionId: string) => Promise<void>;
}

/**
 * Corrections go to the core, which answers with the entities as they now are; the marks are
 * repainted from that answer at once. Each correction can be undone from its toast.
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
    async (correction: EntityCorrection) => {
      const words = describeCorrection(correction, data?.byId ?? new Map(), text);
      const before = new Set(data?.corrections.map((item) => item.id) ?? []);
      try {
        const result = await call('entities/correct', { articleId, correction });
        replace(result);
        const added = result.corrections.find((item) => !before.has(item.id));
        notify({
          message: `${words}.`,
          ...(added ? { undo: true, action: { label: 'Undo', run: () => uncorrect(added.id) } } : {}),
        });
        return true;
      } catch (error) {
        reportError(error, 'Could not correct the entity');
        return false;
      }
    },
    [articleId, text, data, replace, notify, reportError, uncorrect],
  );

  return { correct, uncorrect };
}
