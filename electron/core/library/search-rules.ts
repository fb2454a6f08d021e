import type { StoredEntityRule } from '../../contract/model';

/** One rule as it bears on search: which rule, which version of it, and what it says. */
const ruleKey = ({ id, updatedAt, rule }: StoredEntityRule) => `${id}@${updatedAt}:${JSON.stringify(rule)}`;

/**
 * The library rules as one key, saved beside the search index: an index saved under other
 * rules holds entities those rules no longer give (a rule changed, then Gloss closed before
 * the index was saved again), so it is indexed again from scratch.
 */
export function rulesKey(rules: readonly StoredEntityRule[]): string {
  return rules.map(ruleKey).sort().join('\n');
}

/**
 * The names a change of rules is about: those of every rule added, removed or changed. Only
 * articles that mention one of them can have other entities now.
 */
export function namesOfRules(
  before: readonly StoredEntityRule[],
  now: readonly StoredEntityRule[],
): string[] {
  const was = new Set(before.map(ruleKey));
  const is = new Set(now.map(ruleKey));
  const changed = [
    ...before.filter((rule) => !is.has(ruleKey(rule))),
    ...now.filter((rule) => !was.has(ruleKey(rule))),
  ];
  const names = changed.flatMap(({ rule }) => (rule.kind === 'merge' ? [rule.name, rule.into] : [rule.name]));
  return [...new Set(names.map((name) => name.trim()).filter(Boolean))];
}
