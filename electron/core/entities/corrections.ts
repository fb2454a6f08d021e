/**
 * Applies the user's corrections to a detection, in the order they were made. Corrections
 * always win: a rejected entity disappears everywhere in the article, a retyped one keeps its id
 * (later corrections still refer to it), a merge moves mentions, and an added span is also
 * marked at its other occurrences, replacing whatever detection found there.
 */
import type { Entity, EntityMention, EntityType, StoredEntityCorrection } from '../../contract/model';
import type { Detection } from './group-entities';
import { slug } from './name-match';

function findEntity(entities: Entity[], id: string, name?: string): Entity | undefined {
  return (
    entities.find((e) => e.id === id) ??
    (name === undefined ? undefined : entities.find((e) => e.name === name || e.aliases.includes(name)))
  );
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

function addSpan(
  text: string,
  d: Detection,
  start: number,
  end: number,
  type: EntityType,
  pinned: Set<EntityMention>,
): void {
  const surface = text.slice(start, end);
  let entity = d.entities.find((e) => e.type === type && (e.name === surface || e.aliases.includes(surface)));
  if (!entity) {
    let id = `${type}:${slug(surface) || 'x'}`;
    for (let k = 2; d.entities.some((e) => e.id === id); k++) id = `${type}:${slug(surface) || 'x'}-${k}`;
    entity = { id, name: surface, type, aliases: [surface], mentionCount: 0 };
    d.entities.push(entity);
  }
  entity.corrected = true;
  // The clashes of each occurrence are a binary search away: adding a common word stays
  // linear in the article rather than occurrences × mentions.
  const index = indexMentions(d.mentions);
  const removed = new Set<EntityMention>();
  const added: EntityMention[] = [];
  const place = (s: number, e: number, clash: EntityMention[]) => {
    for (const m of clash) removed.add(m);
    const mention = { start: s, end: e, type, text: surface, entityId: entity.id };
    added.push(mention);
    pinned.add(mention);
  };
  // The span the user selected always goes in.
  place(start, end, overlapping(index, start, end));
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
}

export function applyCorrections(
  text: string,
  detection: Detection,
  corrections: StoredEntityCorrection[],
): Detection {
  const d: Detection = {
    ...detection,
    mentions: detection.mentions.map((m) => ({ ...m })),
    entities: detection.entities.map((e) => ({ ...e, aliases: [...e.aliases] })),
  };
  const pinned = new Set<EntityMention>();
  const ordered = [...corrections].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
  for (const { correction: c } of ordered) {
    if (c.kind === 'reject') {
      const e = findEntity(d.entities, c.entityId, c.name);
      if (!e) continue;
      d.entities = d.entities.filter((x) => x !== e);
      d.mentions = d.mentions.filter((m) => m.entityId !== e.id);
    } else if (c.kind === 'retype') {
      const e = findEntity(d.entities, c.entityId, c.name);
      if (!e) continue;
      e.type = c.type;
      e.corrected = true;
      if (c.type !== 'date') delete e.date;
      for (const m of d.mentions) if (m.entityId === e.id) m.type = c.type;
    } else if (c.kind === 'merge') {
      const from = findEntity(d.entities, c.entityId);
      const into = findEntity(d.entities, c.intoEntityId);
      if (!from || !into || from === into) continue;
      for (const m of d.mentions) {
        if (m.entityId !== from.id) continue;
        m.entityId = into.id;
        m.type = into.type;
      }
      for (const a of from.aliases) if (!into.aliases.includes(a)) into.aliases.push(a);
      into.corrected = true;
      d.entities = d.entities.filter((x) => x !== from);
    } else if (c.kind === 'add') {
      if (!(c.start >= 0 && c.end <= text.length && c.start < c.end)) continue;
      addSpan(text, d, c.start, c.end, c.type, pinned);
    }
  }
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
