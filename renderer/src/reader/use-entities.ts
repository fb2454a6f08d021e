import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ArticleEntities } from '../../../electron/contract/api';
import { decodeMentions } from '../../../electron/contract/codec/mention-columns';
import type { ArticleView, Entity, EntityMention } from '../../../electron/contract/model';
import { call } from '../api/client';
import { eventsOpen } from '../api/events';
import { useToasts } from '../common/toast-context';
import { isOwnChange, useServerEvent } from '../common/use-server-event';

export interface EntityData extends ArticleEntities {
  /** The mentions as objects, in document order. */
  entities: EntityMention[];
  byId: Map<string, Entity>;
  /** Each entity's mentions in document order. */
  mentionsOf: Map<string, EntityMention[]>;
}

function index(value: ArticleEntities, text: string): EntityData {
  const byId = new Map(value.entityList.map((entity) => [entity.id, entity]));
  const mentionsOf = new Map<string, EntityMention[]>();
  const sorted = decodeMentions(text, value.mentions, value.entityList).sort((a, b) => a.start - b.start);
  for (const mention of sorted) {
    const list = mentionsOf.get(mention.entityId);
    if (list) list.push(mention);
    else mentionsOf.set(mention.entityId, [mention]);
  }
  return { ...value, entities: sorted, byId, mentionsOf };
}

/**
 * The article's entities. While detection runs in the core, its `entities/state` events bring
 * the progress, and the one that says it ended brings a fresh `entities/get`; the text is
 * readable meanwhile. A correction made in another window reads them again too. `replace`
 * takes the answer of a correction. While `textStale` (a new version waits to be shown) none
 * is read: they would be the new text's.
 */
export function useEntities(
  article: ArticleView | null,
  textStale = false,
): {
  data: EntityData | null;
  replace: (value: ArticleEntities) => void;
} {
  const { reportError } = useToasts();
  const [raw, setRaw] = useState<ArticleEntities | null>(null);
  const [reads, setReads] = useState(0);
  const articleId = article?.id;

  useEffect(() => {
    if (!article) return;
    setRaw({
      state: article.entityState,
      mentions: article.mentions,
      entityList: article.entityList,
      corrections: article.entityCorrections,
      rules: article.entityRules,
    });
  }, [article]);
  // articles/get brought everything when detection was done: no second call at opening.
  const complete = article?.entityState.status === 'ready';

  useEffect(() => {
    if (!articleId || (reads === 0 && complete)) return;
    let live = true;
    // Fetch now when articles/get could not bring it all, and again when told.
    eventsOpen()
      .then(() => call('entities/get', { articleId }))
      .then(
        (value) => live && setRaw(value),
        (error: unknown) => live && reportError(error, 'Could not load entities'),
      );
    return () => {
      live = false;
    };
  }, [articleId, reads, reportError, complete]);

  useServerEvent((event) => {
    if (textStale) return;
    if (event.name === 'entities/state' && event.payload.articleId === articleId) {
      const { state } = event.payload;
      if (state.status === 'running') setRaw((current) => current && { ...current, state });
      else setReads((value) => value + 1);
    } else if (
      event.name === 'library/changed' &&
      !isOwnChange(event) &&
      // A correction of this article, or a library rule (it holds in every article).
      ((event.payload.articleId === articleId && event.payload.type.startsWith('correction/')) ||
        event.payload.type.startsWith('rule/'))
    ) {
      setReads((value) => value + 1);
    }
  });

  const text = article?.text;
  const data = useMemo(() => (raw && text !== undefined ? index(raw, text) : null), [raw, text]);
  const replace = useCallback((value: ArticleEntities) => setRaw(value), []);
  return { data, replace };
}
