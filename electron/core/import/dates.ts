import * as chrono from 'chrono-node';

/** A date found at the start of a string, and how much of the string it took. */
export interface LeadingDate {
  iso: string;
  /** Length of the label and date consumed from the start of the string. */
  length: number;
  /** True when the label says "updated"/"modified": a publication date wins over it. */
  updated: boolean;
}

// Labels scrapers put before a date: "date 2024-04-09", "Published: …", "Last Updated : …".
const LABEL =
  /^(?:(date|dated|published|publish date|posted|updated|last updated|first published|modified|last modified)(?:\s+on)?\s*[:\-–—|]?\s*)?/i;
const SEPARATORS = /^[\s,|:·•\-–—]*$/;
// Time-zone names chrono leaves behind ("10:32 AM IST" → "IST").
const TRAILING_ZONE = /^\s*\(?(?:IST|GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|JST|AEST|AEDT)\)?\b/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isoOf(result: chrono.ParsedResult): string | null {
  const start = result.start;
  // A bare weekday or "3 pm" is no publication date: the day, month and year must all be stated.
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (year === null || month === null || day === null || year < 1800 || year > 2200) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A full date (day, month and year) at the very start of `text`, after an optional label. */
export function parseLeadingDate(text: string): LeadingDate | null {
  const label = LABEL.exec(text);
  const labelLength = label?.[0].length ?? 0;
  // Only the head of the text: a date further in belongs to the sentence, not to the page.
  const head = text.slice(0, labelLength + 60);
  const result = chrono.parse(head, undefined, { forwardDate: false })[0];
  if (!result || !SEPARATORS.test(head.slice(labelLength, result.index))) return null;
  const iso = isoOf(result);
  if (!iso) return null;
  let length = result.index + result.text.length;
  length += TRAILING_ZONE.exec(text.slice(length))?.[0].length ?? 0;
  return { iso, length, updated: /updated|modified/i.test(label?.[1] ?? '') };
}

/** A date anywhere in a short string (a byline's "| April 9, 2024"), as YYYY-MM-DD. */
export function findDate(text: string): string | null {
  for (const result of chrono.parse(text, undefined, { forwardDate: false })) {
    const iso = isoOf(result);
    if (iso) return iso;
  }
  return null;
}

/** A front matter date value (a YAML date, a Date, or a string) as YYYY-MM-DD, else null. */
export function dateFromValue(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'string') {
    const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
    if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
    return findDate(value);
  }
  return null;
}

const DATE_LINE_WORDS = /\b(?:date|dated|published|posted|updated|last|first|modified|on|at)\b/gi;

/**
 * A short line that is a date and little else, such as "New Delhi | Updated: April 10, 2024
 * 10:15 IST": the page's dateline, not article text. At most three other words may remain.
 */
export function parseDateLine(line: string): LeadingDate | null {
  if (line.split(/\s+/).length > 14) return null;
  for (const result of chrono.parse(line, undefined, { forwardDate: false })) {
    const iso = isoOf(result);
    if (!iso) continue;
    const before = line.slice(0, result.index);
    const rest = (before + ' ' + line.slice(result.index + result.text.length))
      .replace(TRAILING_ZONE, ' ')
      .replace(DATE_LINE_WORDS, ' ')
      .split(/[\s|·•,:\-–—]+/)
      .filter((word) => word !== '');
    if (rest.length <= 3) return { iso, length: line.length, updated: /updated|modified/i.test(before) };
  }
  return null;
}
