/**
 * Library rules: corrections that hold in every article, matched by name rather than by an
 * article's entity ids. They apply to the detection first, in the order they were made, then
 * the article's own corrections apply on top, so an article can always override a rule (and an
 * `exempt` correction switches one off there altogether).
 */
import type { Entity, EntityMention, StoredEntityCorrection, StoredEntityRule } from '../../contract/model';
import { applyArticleCorrections } from './corrections';
import {
  copyDetection,
  markName,
  mergeEntity,
  nameKey,
  rejectEntity,
  retypeEntity,
  settle,
} from './entity-edits';
import type { Detection } from './group-entities';

const named = (e: Entity, key: string) =>
  nameKey(e.name) === key || e.aliases.some((a) => nameKey(a) === key);

/** Apply one rule to `d`; true when it bears on the article (its name is there). */
function applyRule(
  text: string,
  d: Detection,
  { rule }: StoredEntityRule,
  pinned: Set<EntityMention>,
): boolean {
  const key = nameKey(rule.name);
  if (rule.kind === 'reject') {
    const hits = d.entities.filter((e) => named(e, key));
    for (const e of hits) rejectEntity(d, e);
    return hits.length > 0;
  }
  if (rule.kind === 'retype') {
    const hits = d.entities.filter((e) => named(e, key));
    for (const e of hits) retypeEntity(d, e, rule.type);
    // Wherever the name is written and detection missed it, it is marked too.
    return markName(text, d, rule.name.trim(), rule.type, pinned) > 0 || hits.length > 0;
  }
  // merge: the entity called `name` (its canonical name: a longer name that merely contains it
  // as an alias is another entity) joins the one called `into`, or takes that name if the
  // article has no such entity, so the library sees one entity.
  const from = d.entities.find((e) => nameKey(e.name) === key);
  if (!from) return false;
  const intoKey = nameKey(rule.into);
  const into =
    d.entities.find((e) => e !== from && e.type === rule.type && named(e, intoKey)) ??
    d.entities.find((e) => e !== from && named(e, intoKey));
  if (into) {
    mergeEntity(d, from, into);
  } else {
    from.name = rule.into.trim();
    retypeEntity(d, from, rule.type);
  }
  return true;
}

export interface CorrectedDetection {
  detection: Detection;
  /** The ids of the rules that bear on this article (not those it switched off). */
  appliedRules: string[];
}

/** The detection with the library's rules, then the article's corrections, applied. */
export function correctDetection(
  text: string,
  detection: Detection,
  corrections: readonly StoredEntityCorrection[],
  rules: readonly StoredEntityRule[] = [],
): CorrectedDetection {
  const d = copyDetection(detection);
  const pinned = new Set<EntityMention>();
  const exempt = new Set(corrections.flatMap(({ correction: c }) => (c.kind === 'exempt' ? [c.ruleId] : [])));
  const appliedRules: string[] = [];
  const ordered = [...rules].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
  for (const rule of ordered) {
    if (!exempt.has(rule.id) && applyRule(text, d, rule, pinned)) appliedRules.push(rule.id);
  }
  applyArticleCorrections(text, d, corrections, pinned);
  return { detection: settle(d), appliedRules };
}
