/**
 * Groups mentions into entities with a canonical name (the fullest form) and a stable id
 * ("person:sergey-lavrov"). People: full names that differ only by transliteration are one
 * person; a bare surname goes to the person with that surname, and when two people in the
 * article share it, to the one mentioned in full most recently before it (else the next one).
 */
import type { Entity, EntityMention, EntityType, ResolvedDate } from '../../contract/model';
import { isAcronymOf, isParticleSurname, knownAlias, sameNameWord, shortForms, slug } from './name-match';

export interface RawMention {
  start: number;
  end: number;
  type: EntityType;
  text: string;
  date?: ResolvedDate;
}

export interface Detection {
  mentions: EntityMention[];
  entities: Entity[];
  /**
   * The text's language as detected from the text ("en", "de", ...; "und" when too short to
   * tell), and whether detection covers it. Detection reads English only: any other language
   * gets no mentions at all, and `supported: false` says why. Absent in detections made before
   * language detection (cached ones): read as English.
   */
  language?: string;
  supported?: boolean;
}

interface Group {
  type: EntityType;
  name: string;
  members: RawMention[];
  date?: ResolvedDate;
  /** The name comes from the alias table ("US" -> "United States") and stays. */
  fixed?: boolean;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function fuller(a: string, b: string): boolean {
  const wa = words(a).length;
  const wb = words(b).length;
  return wa !== wb ? wa > wb : a.length > b.length;
}

/** Two full names of one person: same number of words, each the same up to transliteration. */
function samePerson(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  return x.length === y.length && x.every((w, i) => sameNameWord(w, y[i]!));
}

/** Index of the last value in sorted `xs` below `x`, or -1. */
function lastBelow(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function groupPeople(people: RawMention[]): Group[] {
  const full: Group[] = [];
  const byText = new Map<string, Group>();
  const bare: RawMention[] = [];
  for (const m of people) {
    if (words(m.text).length < 2 || isParticleSurname(m.text)) {
      bare.push(m);
      continue;
    }
    let g =
      byText.get(m.text) ??
      full.find((f) => [...new Set(f.members.map((o) => o.text))].some((t) => samePerson(t, m.text)));
    if (!g) {
      g = { type: 'person', name: m.text, members: [] };
      full.push(g);
    }
    g.members.push(m);
    byText.set(m.text, g);
  }
  // Which full-name groups each short form ("Lavrov", "Xi") can refer to.
  const shortIndex = new Map<string, Set<Group>>();
  for (const [text, g] of byText) {
    for (const s of shortForms(text)) {
      const set = shortIndex.get(slug(s)) ?? new Set<Group>();
      set.add(g);
      shortIndex.set(slug(s), set);
    }
  }
  const starts = new Map(full.map((g) => [g, g.members.map((o) => o.start).sort((a, b) => a - b)]));
  const ownersCache = new Map<string, Group[]>();
  const singles = new Map<string, Group>();
  for (const m of bare) {
    let owners = ownersCache.get(m.text);
    if (!owners) {
      const found = new Set<Group>();
      for (const [key, groups] of shortIndex)
        if (sameNameWord(key, m.text)) for (const g of groups) found.add(g);
      owners = [...found];
      ownersCache.set(m.text, owners);
    }
    let owner: Group | undefined = owners[0];
    if (owners.length > 1) {
      let bestBefore = -1;
      for (const g of owners) {
        const xs = starts.get(g)!;
        const i = lastBelow(xs, m.start);
        if (i >= 0 && xs[i]! > bestBefore) {
          bestBefore = xs[i]!;
          owner = g;
        }
      }
      if (bestBefore < 0) owner = [...owners].sort((a, b) => starts.get(a)![0]! - starts.get(b)![0]!)[0];
    }
    if (owner) {
      owner.members.push(m);
      continue;
    }
    const key = slug(m.text);
    const same = singles.get(key) ?? [...singles.values()].find((g) => sameNameWord(g.name, m.text));
    if (same) same.members.push(m);
    else singles.set(key, { type: 'person', name: m.text, members: [m] });
  }
  return [...full, ...singles.values()];
}

function groupOthers(mentions: RawMention[]): Group[] {
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const alias = m.type === 'place' || m.type === 'organization' ? knownAlias(m.text) : null;
    const name = alias ?? m.text.replace(/^the\s+/i, '');
    const key = `${m.type}:${slug(name)}`;
    const g = groups.get(key);
    if (g) g.members.push(m);
    else groups.set(key, { type: m.type, name, members: [m], fixed: alias !== null });
  }
  // "NATO" joins "North Atlantic Treaty Organization" when both appear.
  const list = [...groups.values()];
  for (const g of list) {
    if (!/^[A-Z]{2,6}$/.test(g.name)) continue;
    const target = list.find(
      (o) => o !== g && o.type === g.type && o.members.length && isAcronymOf(g.name, o.name),
    );
    if (!target) continue;
    target.members.push(...g.members);
    g.members = [];
  }
  return list.filter((g) => g.members.length);
}

function groupDates(mentions: RawMention[]): Group[] {
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const key = dateKey(m.date!);
    const g = groups.get(key);
    if (g) g.members.push(m);
    else groups.set(key, { type: 'date', name: m.text, members: [m], date: m.date! });
  }
  return [...groups.values()];
}

/** "2024-04-09"; a range in ISO 8601 interval notation, "2019/2022". */
function dateKey(date: ResolvedDate): string {
  return date.end ? `${date.value}/${date.end}` : date.value;
}

function entityId(g: Group): string {
  return g.type === 'date' ? `date:${dateKey(g.date!)}` : `${g.type}:${slug(g.name) || 'x'}`;
}

export function groupMentions(mentions: RawMention[]): Detection {
  const groups = [
    ...groupPeople(mentions.filter((m) => m.type === 'person')),
    ...groupOthers(mentions.filter((m) => m.type !== 'person' && m.type !== 'date')),
    ...groupDates(mentions.filter((m) => m.type === 'date' && m.date)),
  ];
  const out: Detection = { mentions: [], entities: [] };
  const used = new Set<string>();
  for (const g of groups) {
    if (g.type !== 'date') {
      // The canonical name is the fullest form written (a known alias's full name wins).
      for (const m of g.members) {
        const text = m.text.replace(/^the\s+/i, '');
        if (!g.fixed && fuller(text, g.name)) g.name = text;
      }
    }
    let id = entityId(g);
    for (let k = 2; used.has(id); k++) id = `${entityId(g)}-${k}`;
    used.add(id);
    const aliases = [...new Set(g.members.sort((a, b) => a.start - b.start).map((m) => m.text))];
    out.entities.push({
      id,
      name: g.name,
      type: g.type,
      aliases,
      mentionCount: g.members.length,
      ...(g.date ? { date: g.date } : {}),
    });
    for (const m of g.members)
      out.mentions.push({ start: m.start, end: m.end, type: g.type, text: m.text, entityId: id });
  }
  out.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}
