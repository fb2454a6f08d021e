/**
 * What undo needs to know of each change (records.ts): whether it belongs in the history, what
 * it touches (so a step another window has changed since can be refused), and how to tell the
 * user what an undo did.
 */
import type { HistoryChange } from '../../contract/model';
import type { Change } from '../changes/records';
import { entityNoteKey } from '../changes/reduce';
import { nameKey } from '../entities/name-key';

/**
 * Reading progress follows the scroll and would bury every real step: it is not undone. Every
 * other change is.
 */
export function isUndoable(change: Change): boolean {
  return !(change.type === 'article/updated' && Object.keys(change.set).every((key) => key === 'progress'));
}

/** The things a change touches, as keys: two changes that share one touch the same thing. */
export function targetsOf(change: Change): string[] {
  switch (change.type) {
    case 'highlight/created':
      return [`highlight:${change.articleId}:${change.highlight.id}`];
    case 'highlight/updated':
    case 'highlight/deleted':
      return [`highlight:${change.articleId}:${change.highlightId}`];
    case 'note/saved':
      return [`note:${change.articleId}`];
    case 'correction/added':
      return [`correction:${change.articleId}:${change.correction.id}`];
    case 'correction/removed':
      return [`correction:${change.articleId}:${change.correctionId}`];
    case 'article/updated':
      return Object.keys(change.set).map((field) => `entry:${change.articleId}:${field}`);
    case 'article/imported':
    case 'article/deleted':
    case 'article/restored':
      return [`article:${change.articleId}`];
    case 'settings/updated':
      return Object.keys(change.set).map((key) => `setting:${key}`);
    case 'tag/colored':
      return [`tag:${change.name.trim().toLowerCase()}`];
    case 'rule/added':
      return [`rule:${change.rule.id}`, `rule-name:${nameKey(change.rule.rule.name)}`];
    case 'rule/updated':
      return [`rule:${change.ruleId}`, `rule-name:${nameKey(change.rule.name)}`];
    case 'rule/removed':
      return [`rule:${change.ruleId}`];
    case 'entity-note/saved':
      return [`entity-note:${entityNoteKey(change.entity)}`];
  }
}

/** A change as the renderer words it ("Restored 3 articles"); `title` names its article. */
export function describeChange(
  change: Change,
  title: (articleId: string) => string | undefined,
): HistoryChange {
  const described: HistoryChange = { type: change.type };
  if ('articleId' in change) {
    described.articleId = change.articleId;
    const name = 'title' in change ? change.title : title(change.articleId);
    if (name !== undefined) described.title = name;
  }
  if ('set' in change) described.fields = Object.keys(change.set);
  if (change.type === 'article/updated' && change.set.readingState)
    described.readingState = change.set.readingState;
  return described;
}
