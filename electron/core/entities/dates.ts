/**
 * Date mentions, found by chrono-node and date-periods.ts and resolved against the publication
 * date to the precision the text gives ("Tuesday" -> day, "last month" -> month, "in 2024" ->
 * year, "Q3 2023" -> quarter). A date without a year points back or forward as the sentence
 * does ("since September", "fell in September" look back; "will open in September" forward; see
 * date-tense.ts). chrono is generous, so its hits are filtered: durations ("in six years"), a
 * month name with no date-like context ("March" the verb or name, "May I"), "now", and "Today's"
 * used as an adjective.
 */
import * as chrono from 'chrono-node';
import type { ResolvedDate } from '../../contract/model';
import { findPeriods } from './date-periods';
import { pickOrdinal, relationAt, type Relation } from './date-tense';

export interface DateMention {
  start: number;
  end: number;
  date: ResolvedDate;
}

const LEAD = /^(?:on|in|at|since|by|from|until|till|during|of|for|before|after)\s+/i;
const DURATION =
  /^(?:in|within|for|over|after)\s|\bafter$|\blater$|^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few)\s+(?:days?|weeks?|months?|years?|decades?)$/i;
const MONTH_ONLY =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const MONTH_CONTEXT =
  /\b(?:in|since|until|till|by|from|through|of|early|late|mid|last|next|this|during|before|after|between|and|to|or|since)\s*$/i;
const YEAR_CONTEXT =
  /\b(?:in|since|by|for|of|until|till|from|year|before|after|early|late|mid|during|through|between|and|to|around|circa|c\.)\s*$/i;
const NOW = /^(?:now|right now|currently|recently)$/i;
/** "the last six years", "two years out": spans of time, not dates. */
const PLURAL_SPAN =
  /^(?:(?:last|past|next|coming)\s+(?:\w+\s+)?(?:days|weeks|months|years|decades)|.*\bout)$/i;
/** A weekday on its own ("on Tuesday"): chrono takes the nearest, the sentence's tense decides. */
const BARE_WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?$/i;
const DAY_MS = 24 * 3600 * 1000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function format(y: number, m: number, d: number | null): string {
  return d === null ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * The year a yearless month or day belongs to, given how the sentence relates it to `ref`.
 * A weekday written with the day ("Saturday, 10 June") picks the year in which they agree.
 */
function yearFor(c: chrono.ParsedComponents, ref: Date, relation: Relation | null): number {
  const y = c.get('year')!;
  const m = c.get('month')!;
  const d = c.isCertain('day') ? c.get('day') : null;
  if (d === null)
    return relation
      ? Math.floor(pickOrdinal(ref.getFullYear() * 12 + ref.getMonth(), m - 1, 12, relation) / 12)
      : y;
  const today = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate()).getTime();
  let candidates = [y - 1, y, y + 1];
  const weekday = c.isCertain('weekday') ? c.get('weekday') : null;
  const matching = candidates.filter((year) => new Date(year, m - 1, d).getDay() === weekday);
  if (matching.length) candidates = matching;
  const at = (year: number) => new Date(year, m - 1, d).getTime();
  if (relation === 'past' || relation === 'last') {
    const before = candidates.filter((year) => at(year) <= today);
    if (before.length) return before[before.length - 1]!;
  } else if (relation === 'future' || relation === 'next') {
    const after = candidates.filter((year) => at(year) >= today);
    if (after.length) return after[0]!;
  }
  return candidates.includes(y) ? y : candidates.sort((a, b) => Math.abs(a - y) - Math.abs(b - y))[0]!;
}

function resolve(
  c: chrono.ParsedComponents,
  ref: Date,
  relation: Relation | null,
  text: string,
): ResolvedDate | null {
  let y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null) return null;
  const yearless = !c.isCertain('year') && c.isCertain('month') && m !== null;
  if (yearless) y = yearFor(c, ref, relation);
  if ((c.isCertain('day') || c.isCertain('weekday')) && m !== null && d !== null) {
    if (!c.isCertain('day') && BARE_WEEKDAY.test(text) && (relation === 'past' || relation === 'future')) {
      // Tuesday's article: "met on Wednesday" is last week's, "will meet on Wednesday" tomorrow's.
      const wanted = c.get('weekday')!;
      const shift =
        relation === 'past' ? -((ref.getDay() - wanted + 7) % 7) : (wanted - ref.getDay() + 7) % 7;
      const day = new Date(ref.getTime() + shift * DAY_MS);
      return { value: format(day.getFullYear(), day.getMonth() + 1, day.getDate()), granularity: 'day' };
    }
    return { value: format(y, m, d), granularity: 'day' };
  }
  if (c.isCertain('month') && m !== null) return { value: format(y, m, null), granularity: 'month' };
  if (c.isCertain('year')) return { value: String(y), granularity: 'year' };
  return null;
}

/** The reference instant: noon of the publication day (local), or now when unknown. */
export function referenceDate(published: string | null | undefined): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : new Date();
}

function parseBlock(block: string, offset: number, ref: Date, out: DateMention[]): void {
  const periods = findPeriods(block, offset, ref);
  out.push(...periods);
  const taken = (a: number, b: number) => periods.some((p) => p.start < offset + b && p.end > offset + a);
  for (const r of chrono.parse(block, ref)) {
    let text = r.text;
    let start = r.index;
    // chrono may run across a sentence end ("3 June 2021. at 10:30"): keep the first part.
    const cut = /[.!?;]\s/.exec(text);
    if (cut) text = text.slice(0, cut.index + 1).replace(/\.$/, '');
    const lead = LEAD.exec(text);
    if (DURATION.test(text) && !/\bago$/i.test(text)) continue;
    if (lead) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    }
    text = text.replace(/[\s,;:]+$/, '');
    if (NOW.test(text) || PLURAL_SPAN.test(text) || taken(start, start + text.length)) continue;
    const after = block.slice(start + text.length, start + text.length + 2);
    if (/^today$/i.test(text) && /^['’]s/.test(after)) continue;
    if (MONTH_ONLY.test(text)) {
      const before = block.slice(Math.max(0, start - 12), start);
      if (!/^\p{Lu}/u.test(text) || !(MONTH_CONTEXT.test(before) || lead)) continue;
    }
    const parsed = cut ? chrono.parse(text, ref)[0] : r;
    if (!parsed) continue;
    const relation = relationAt(block, start, start + text.length);
    const date = resolve(parsed.start, ref, relation, text);
    if (!date) continue;
    // "March 3-5", "January 2019 to March 2020": a range keeps its end at the same precision.
    const end = parsed.end ? resolve(parsed.end, ref, relation, text) : null;
    if (end && end.granularity === date.granularity && end.value > date.value) date.end = end.value;
    out.push({ start: offset + start, end: offset + start + text.length, date });
  }
  // chrono leaves bare years alone; "in 2024", "since 1998", "the year 2024" are years.
  const years = /\b(1[89]\d\d|20\d\d)\b(?![-–/:.,]?\d)/g;
  for (let m = years.exec(block); m; m = years.exec(block)) {
    const at = m.index;
    if (out.some((d) => d.start <= offset + at && d.end > offset + at)) continue;
    if (!YEAR_CONTEXT.test(block.slice(Math.max(0, at - 12), at))) continue;
    out.push({ start: offset + at, end: offset + at + 4, date: { value: m[1]!, granularity: 'year' } });
  }
}

export function findDates(text: string, published: string | null | undefined): DateMention[] {
  const ref = referenceDate(published);
  const out: DateMention[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) parseBlock(m[0], m.index, ref, out);
  return out.sort((a, b) => a.start - b.start);
}
