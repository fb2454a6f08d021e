import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ArticleEntities } from '../../../electron/contract/api';
import type { ArticleView, Entity, EntityMention } from '../../../electron/contract/model';
import { call } from '../api/client';
import { useToasts } from '../common/toast-context';

const POLL_MS = 300;

export interface EntityData extends ArticleEntities {
  byId: Map<string, Entity>;
  /** Each entity's mentions in document order. */
  mentionsOf: Map<string, EntityMention[]>;
}

function index(value: ArticleEntities): EntityData {
  const byId = new Map(value.entityList.map((entity) => [entity.id, entity]));
  const mentionsOf = new Map<string, EntityMention[]>();
  const sorted = [...value.entities].sort((a, b) => a.start - b.start);
  for (const mention of sorted) {
    const list = mentionsOf.get(mention.entityId);
    if (list) list.push(mention);
    else mentionsOf.set(mention.entityId, [mention]);
  }
  return { ...value, entities: sorted, byId, mentionsOf };
}

/**
 * The article's entities. While detection runs in the core, poll `entities/get` and expose the
 * progress; the text is readable meanwhile. `replace` takes the answer of a correction.
 */
export function useEntities(article: ArticleView | null): {
  data: EntityData | null;
  replace: (value: ArticleEntities) => void;
} {
  const { reportError } = useToasts();
  const [raw, setRaw] = useState<ArticleEntities | null>(null);

  useEffect(() => {
    if (!article) return;
    setRaw({
      state: article.entityState,
      entities: article.entities,
      entityList: article.entityList,
      corrections: [],
      rules: [],
    });
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Corrections are not part of articles/get: fetch once now, then poll while detection runs.
    const poll = () => {
      call('entities/get', { articleId: article.id }).then(
        (value) => {
          if (!live) return;
          setRaw(value);
          if (value.state.status === 'running') timer = setTimeout(poll, POLL_MS);
        },
        (error: unknown) => {
          if (live) reportError(error, 'Could not load entities');
        },
      );
    };
    poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [article, reportError]);

  const data = useMemo(() => (raw ? index(raw) : null), [raw]);
  const replace = useCallback((value: ArticleEntities) => setRaw(value), []);
  return { data, replace };
}
