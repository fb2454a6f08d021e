/**
 * The edits corrections and library rules are made of, on a copy of a detection: mark a name,
 * reject, retype or merge an entity, and count mentions and aliases once all are done.
 */
import type { Entity, EntityMention, EntityType } from '../../contract/model';
import type { Detection } from './group-entities';
import { slug } from './name-match';

import { nameKey } from './name-key';

export { nameKey };

/** A copy of a detection that edits can change freely. */
export function copyDetection(detection: Detection): Detection {
  return {
    ...detection,
    mentions: detection.mentions.map((m) => ({ ...m })),
    entities: detection.entities.map((e) => ({ ...e, aliases: [...e.aliases] })),
  };
}

/** Every whole-word occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle.trim()) return out;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + needle.length] ?? ' ';
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    out.push(at);
  }
  return out;
}

/** Mentions sorted by start, with the furthest end reached so far, to find overlaps quickly. */
interface MentionIndex {
  sorted: EntityMention[];
  reach: number[];
}

function indexMentions(mentions: EntityMention[]): MentionIndex {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const [i, m] of sorted.entries()) reach.push(Math.max(m.end, i > 0 ? reach[i - 1]! : 0));
  return { sorted, reach };
}

/** The mentions overlapping [start, end): a binary search, then back only as far as any reaches. */
function overlapping({ sorted, reach }: MentionIndex, start: number, end: number): EntityMention[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMention[] = [];
  for (let i = lo - 1; i >= 0 && reach[i]! > start; i--) if (sorted[i]!.end > start) out.push(sorted[i]!);
  return out;
}

/**
 * Mark `surface` as an entity of `type`: the `selected` span always, and its other whole-word
 * occurrences wherever that cuts through no longer name or pinned mention. Returns how many
 * mentions it placed.
 */
export function markName(
  text: string,
  d: Detection,
  surface: string,
  type: EntityType,
  pinned: Set<EntityMention>,
  selected: { start: number; end: number } | null = null,
): number {
  const key = nameKey(surface);
  let entity = d.entities.find(
    (e) => e.type === type && (nameKey(e.name) === key || e.aliases.some((alias) => nameKey(alias) === key)),
  );
  // The clashes of each occurrence are a binary search away: adding a common word stays
  // linear in the article rather than occurrences × mentions.
  const index = indexMentions(d.mentions);
  const removed = new Set<EntityMention>();
  const added: EntityMention[] = [];
  const place = (s: number, e: number, clash: EntityMention[]) => {
    if (!entity) {
      let id = `${type}:${slug(surface) || 'x'}`;
      for (let k = 2; d.entities.some((x) => x.id === id); k++) id = `${type}:${slug(surface) || 'x'}-${k}`;
      entity = { id, name: surface, type, aliases: [surface], mentionCount: 0 };
      d.entities.push(entity);
    }
    entity.corrected = true;
    for (const m of clash) removed.add(m);
    const mention = { start: s, end: e, type, text: text.slice(s, e), entityId: entity.id };
    added.push(mention);
    pinned.add(mention);
  };
  const start = selected?.start ?? -1;
  const end = selected?.end ?? -1;
  if (selected) place(start, end, overlapping(index, start, end));
  let lastEnd = -1;
  for (const s of occurrences(text, surface)) {
    const e = s + surface.length;
    // Other occurrences replace detections inside them but never cut through a longer name
    // ("Lavrov" in "Sergey Lavrov"), a correction, the selected span or one another.
    if (s === start || (s < end && start < e) || s < lastEnd) continue;
    const clash = overlapping(index, s, e);
    if (clash.some((m) => pinned.has(m) || m.start < s || m.end > e)) continue;
    place(s, e, clash);
    lastEnd = e;
  }
  d.mentions = d.mentions.filter((m) => !removed.has(m)).concat(added);
  return added.length;
}

export function rejectEntity(d: Detection, e: Entity): void {
  d.entities = d.entities.filter((x) => x !== e);
  d.mentions = d.mentions.filter((m) => m.entityId !== e.id);
}

export function retypeEntity(d: Detection, e: Entity, type: EntityType): void {
  e.type = type;
  e.corrected = true;
  if (type !== 'date') delete e.date;
  for (const m of d.mentions) if (m.entityId === e.id) m.type = type;
}

/** Move every mention of `from` to `into` (which keeps its name and type). */
export function mergeEntity(d: Detection, from: Entity, into: Entity): void {
  for (const m of d.mentions) {
    if (m.entityId !== from.id) continue;
    m.entityId = into.id;
    m.type = into.type;
  }
  for (const a of from.aliases) if (!into.aliases.includes(a)) into.aliases.push(a);
  into.corrected = true;
  d.entities = d.entities.filter((x) => x !== from);
}

/** Mentions in order; entities without mentions dropped; counts and aliases from the mentions. */
export function settle(d: Detection): Detection {
  d.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const counts = new Map<string, number>();
  const aliases = new Map<string, Set<string>>();
  for (const m of d.mentions) {
    counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    aliases.set(m.entityId, (aliases.get(m.entityId) ?? new Set()).add(m.text));
  }
  d.entities = d.entities.filter((e) => counts.has(e.id));
  for (const e of d.entities) {
    e.mentionCount = counts.get(e.id)!;
    e.aliases = [...aliases.get(e.id)!];
  }
  return d;
}
