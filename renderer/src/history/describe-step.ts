import type { HistoryChange } from '../../../electron/contract/model';
import { articlesLabel, plural } from '../common/format';
import { READING_STATE_LABELS } from '../common/vocabulary';

/** The articles a list of changes concerns, once each, by title where known. */
function articles(changes: readonly HistoryChange[]): { title: string }[] {
  const seen = new Map<string, string>();
  for (const change of changes)
    if (change.articleId && !seen.has(change.articleId)) seen.set(change.articleId, change.title ?? '');
  return [...seen.values()].map((title) => ({ title }));
}

/** One kind of change in words: "Restored 3 articles", "Changed the tags of “Title”". */
function phrase(type: HistoryChange['type'], changes: readonly HistoryChange[]): string {
  const many = articlesLabel(articles(changes));
  const count = changes.length;
  switch (type) {
    case 'article/restored':
      return `Restored ${many}`;
    case 'article/deleted':
      return `Moved ${many} to the trash`;
    case 'article/imported':
      return `Imported ${many}`;
    case 'article/updated': {
      const state = changes.find((change) => change.readingState)?.readingState;
      if (state) return `${READING_STATE_LABELS[state].done}: ${many}`;
      if (changes.some((change) => change.fields?.includes('tags'))) return `Changed the tags of ${many}`;
      return `Changed ${many}`;
    }
    case 'highlight/created':
      return `Brought back ${plural(count, 'highlight')}`;
    case 'highlight/deleted':
      return `Removed ${plural(count, 'highlight')}`;
    case 'highlight/updated':
      return changes.every((change) => change.fields?.includes('tags'))
        ? `Changed the tags of ${plural(count, 'highlight')}`
        : `Changed ${plural(count, 'highlight')}`;
    case 'note/saved':
      return `Put back the note of ${many}`;
    case 'correction/added':
    case 'correction/removed':
      return `Put back ${plural(count, 'entity correction')}`;
    case 'settings/updated':
      return 'Put back the settings';
    case 'tag/colored':
      return `Put back ${plural(count, 'tag color')}`;
    case 'rule/added':
    case 'rule/updated':
    case 'rule/removed':
      return `Put back ${plural(count, 'library rule')}`;
    case 'entity-note/saved':
      return 'Put back the entity note';
  }
}

/** What an undo or redo did, as the toast says it: "Restored 3 articles." */
export function describeStep(changes: readonly HistoryChange[]): string {
  const byType = new Map<HistoryChange['type'], HistoryChange[]>();
  for (const change of changes) byType.set(change.type, [...(byType.get(change.type) ?? []), change]);
  const parts = [...byType].map(([type, list]) => phrase(type, list));
  if (parts.length === 0) return 'Nothing changed.';
  return `${parts.join('; ')}.`;
}
