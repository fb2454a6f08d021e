/**
 * Date mentions, found by chrono-node and resolved against the publication date to the
 * precision the text gives ("Tuesday" -> day, "last month" -> month, "in 2024" -> year).
 * chrono is generous, so its hits are filtered: durations ("in six years"), a month name with no
 * date-like context ("March" the verb or name, "May I"), "now", and "Today's" used as an adjective.
 */
import * as chrono from 'chrono-node';
import type { ResolvedDate } from '../../contract/model';

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

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function resolve(c: chrono.ParsedComponents): ResolvedDate | null {
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null) return null;
  if ((c.isCertain('day') || c.isCertain('weekday')) && m !== null && d !== null)
    return { value: `${y}-${pad(m)}-${pad(d)}`, granularity: 'day' };
  if (c.isCertain('month') && m !== null) return { value: `${y}-${pad(m)}`, granularity: 'month' };
  if (c.isCertain('year')) return { value: String(y), granularity: 'year' };
  return null;
}

/** The reference instant: noon of the publication day (local), or now when unknown. */
export function referenceDate(published: string | null | undefined): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : new Date();
}

function parseBlock(block: string, offset: number, ref: Date, out: DateMention[]): void {
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
    if (NOW.test(text) || PLURAL_SPAN.test(text)) continue;
    const after = block.slice(start + text.length, start + text.length + 2);
    if (/^today$/i.test(text) && /^['’]s/.test(after)) continue;
    if (MONTH_ONLY.test(text)) {
      const before = block.slice(Math.max(0, start - 12), start);
      if (!/^\p{Lu}/u.test(text) || !(MONTH_CONTEXT.test(before) || lead)) continue;
    }
    const parsed = cut ? chrono.parse(text, ref)[0]?.start : r.start;
    const date = parsed ? resolve(parsed) : null;
    if (date) out.push({ start: offset + start, end: offset + start + text.length, date });
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
