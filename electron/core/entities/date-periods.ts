/**
 * Dates chrono does not read: decades ("the 1990s"), quarters ("Q3 2023", "the third quarter"),
 * seasons ("last summer", "the summer of 2019") and ranges of years or months ("from 2019 to
 * 2022", "between March and May"). A period without a year takes the year the sentence points
 * to (date-tense.ts), as a reader would.
 */
import type { ResolvedDate } from '../../contract/model';
import { pickOrdinal, relationAt, type Relation } from './date-tense';

export interface PeriodMention {
  start: number;
  end: number;
  date: ResolvedDate;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const SEASONS = ['spring', 'summer', 'autumn', 'winter'];
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};
/** A sports report's quarters ("led 20-12 after the third quarter") are not calendar quarters. */
const SPORTS =
  /\b(?:points?|scored?|scoring|touchdowns?|goals?|baskets?|led|lead|trailed|game|halftime|innings?|quarterback|rebounds?|yards?)\b/i;

/** "Audi Q3": a capitalised word before a bare "Q3" that is not a sentence's opening word. */
const MODEL_NAME =
  /\b(?!(?:In|For|By|During|Since|From|Until|The|Its|Their|Our|His|Her|This|Last|Next|Of|And|Than)\s)\p{Lu}[\p{L}\d-]*\s+$/u;
const DECADE =
  /(?:\b(?<mod>(?:early|mid|late)[- ])?(?:(?<century>1[0-9]|20)(?<tens>[1-9]0)|(?<y2000>2000))|(?<![\p{L}\d])['’](?<short>[2-9]0))s\b/giu;
const QUARTER = new RegExp(
  `\\b(?:(last|this|next|previous|past)\\s+quarter|(?:Q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter)(?:\\s+(?:of\\s+)?(?:${YEAR}|(last|this|next)\\s+year))?)\\b`,
  'gi',
);
const SEASON = new RegExp(
  `\\b(?:(last|this|next|past|coming)\\s+(spring|summer|autumn|fall|winter)|(spring|summer|autumn|fall|winter)(?:\\s+of)?\\s+${YEAR})\\b(?![-–]\\d)`,
  'gi',
);
const YEAR_RANGE = new RegExp(
  `(?<![\\d/.-])\\b(?:([Ff]rom|[Bb]etween)\\s+)?${YEAR}\\s*(?:(-|–|—|to|until|through|till)|(and))\\s*(1[89]\\d\\d|20\\d\\d|\\d\\d)\\b(?![-–/:.]?\\d)`,
  'gi',
);
/** Two month names with a range word between: the cue for MONTH_RANGE. */
const MONTH_PAIR =
  /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?\s*(?:[-–]|to|until|through|till|and)\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u;
const MONTH_RANGE = new RegExp(
  `\\b(?:([Ff]rom|[Bb]etween)\\s+)?${MONTH}\\s*(?:(-|–|to|until|through|till)|(and))\\s*${MONTH}(?:,?\\s+${YEAR})?\\b`,
  'g',
);

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(key.slice(0, 3)));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Ordinals of the reference date's month, quarter and season (winter counts from December). */
function current(ref: Date): { month: number; quarter: number; season: number } {
  const y = ref.getFullYear();
  const m = ref.getMonth();
  const season = m === 11 ? y * 4 + 3 : m < 2 ? (y - 1) * 4 + 3 : y * 4 + Math.floor((m - 2) / 3);
  return { month: y * 12 + m, quarter: y * 4 + Math.floor(m / 3), season };
}

function yearWord(word: string | undefined, ref: Date): number | null {
  if (!word) return null;
  const w = word.toLowerCase();
  const y = ref.getFullYear();
  return w === 'last' ? y - 1 : w === 'next' ? y + 1 : w === 'this' ? y : null;
}

/** Decades, quarters, seasons and ranges in one line of text, in the order found. */
export function findPeriods(block: string, offset: number, ref: Date): PeriodMention[] {
  const out: PeriodMention[] = [];
  const now = current(ref);
  const add = (start: number, end: number, date: ResolvedDate) => {
    if (out.some((p) => p.start < offset + end && p.end > offset + start)) return;
    out.push({ start: offset + start, end: offset + end, date });
  };
  const relation = (start: number, end: number, fallback: Relation): Relation =>
    relationAt(block, start, end) ?? fallback;

  // Each pattern runs only where its cheap cue occurs: most lines have none.
  const cues = (re: RegExp) => re.test(block);
  if (cues(/\d\d\s*(?:[-–—]|to |until |through |till |and )\s*\d\d/))
    for (const m of block.matchAll(YEAR_RANGE)) {
      const from = Number(m[2]);
      let to = Number(m[5]);
      if (m[5]!.length === 2) to = Math.floor(from / 100) * 100 + to + (to < from % 100 ? 100 : 0);
      // "2019 and 2022" is two years; "between 2019 and 2022" one span of them.
      if (to <= from || to - from > 100 || (m[4] && m[1]?.toLowerCase() !== 'between')) continue;
      const start = m.index + (m[1] ? m[1].length + 1 : 0);
      add(start, m.index + m[0].length, { value: String(from), end: String(to), granularity: 'year' });
    }
  if (cues(MONTH_PAIR))
    for (const m of block.matchAll(MONTH_RANGE)) {
      if (m[4] && m[1]?.toLowerCase() !== 'between') continue;
      const a = monthIndex(m[2]!);
      const b = monthIndex(m[5]!);
      if (a < 0 || b < 0 || a === b) continue;
      const start = m.index + (m[1] ? m[1].length + 1 : 0);
      const end = m.index + m[0].length;
      const span = (b - a + 12) % 12;
      let first: number;
      if (m[6]) first = (Number(m[6]) - (a > b ? 1 : 0)) * 12 + a;
      else {
        // A range told in the past tense has ended; one in the future has not begun.
        const r = relation(start, end, 'this');
        first =
          r === 'past' || r === 'last'
            ? pickOrdinal(now.month, b, 12, r) - span
            : pickOrdinal(now.month, a, 12, r);
      }
      const last = first + span;
      const value = `${Math.floor(first / 12)}-${pad((first % 12) + 1)}`;
      add(start, end, {
        value,
        end: `${Math.floor(last / 12)}-${pad((last % 12) + 1)}`,
        granularity: 'month',
      });
    }
  if (cues(/0s\b/))
    for (const m of block.matchAll(DECADE)) {
      const { century, tens, y2000, short } = m.groups!;
      const year = short
        ? (Number(short) >= 30 ? 1900 : 2000) + Number(short)
        : y2000
          ? 2000
          : Number(century! + tens!);
      add(m.index, m.index + m[0].length, { value: `${year}s`, granularity: 'decade' });
    }
  if (cues(/quarter|Q[1-4]/i))
    for (const m of block.matchAll(QUARTER)) {
      const [text, rel, q, ordinal, year, yearRel] = m;
      const start = m.index;
      const end = start + text.length;
      let ord: number;
      if (rel) {
        const shift: Record<string, number> = { last: -1, previous: -1, past: -1, this: 0, next: 1 };
        ord = now.quarter + shift[rel.toLowerCase()]!;
      } else {
        const k = q ? Number(q) - 1 : ORDINALS[ordinal!.toLowerCase()]! - 1;
        const y = year ? Number(year) : yearWord(yearRel, ref);
        if (y !== null) ord = y * 4 + k;
        else if (!q && SPORTS.test(block)) continue;
        // "Audi Q3", "the Galaxy Q4": a model name, not a quarter.
        else if (q && MODEL_NAME.test(block.slice(Math.max(0, start - 20), start))) continue;
        else ord = pickOrdinal(now.quarter, k, 4, relation(start, end, 'this'));
      }
      add(start, end, { value: `${Math.floor(ord / 4)}-Q${(ord % 4) + 1}`, granularity: 'quarter' });
    }
  if (cues(/spring|summer|autumn|fall|winter/i))
    for (const m of block.matchAll(SEASON)) {
      const [text, rel, relSeason, season, year] = m;
      const name = (relSeason ?? season)!.toLowerCase().replace('fall', 'autumn');
      const k = SEASONS.indexOf(name);
      const r: Relation | undefined = rel
        ? (({ coming: 'next', past: 'last' }[rel.toLowerCase()] as Relation | undefined) ??
          (rel.toLowerCase() as Relation))
        : undefined;
      const ord = year ? Number(year) * 4 + k : pickOrdinal(now.season, k, 4, r!);
      add(m.index, m.index + text.length, { value: `${Math.floor(ord / 4)}-${name}`, granularity: 'season' });
    }
  return out;
}
