const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
const monthFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long' });
const shortFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** "9 April 2024" for an ISO date or date-time, "April 2024" for "2024-04", as is otherwise. */
export function formatDate(iso: string | null | undefined, style: 'long' | 'short' = 'long'): string {
  if (!iso) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (day) {
    // Treat date-only values as calendar days, not UTC midnight shifted into the local zone.
    const date =
      iso.length > 10 ? new Date(iso) : new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    if (!Number.isNaN(date.getTime())) return (style === 'long' ? dayFormat : shortFormat).format(date);
  }
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) return monthFormat.format(new Date(Number(month[1]), Number(month[2]) - 1, 1));
  return iso;
}

/** "6 min read" at a typical 230 words per minute. */
export function readingTime(wordCount: number): string {
  return `${Math.max(1, Math.round(wordCount / 230))} min read`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** One article by its title in quotes, several by their number: for messages about them. */
export function articlesLabel(articles: readonly { title: string }[]): string {
  return articles.length === 1 ? `“${articles[0]!.title}”` : plural(articles.length, 'article');
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });
const secondsFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'medium' });

/** "9 April 2024 at 14:05" (or "at 14:05:09") in the user's locale and time zone. */
export function formatDateTime(iso: string, seconds = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (seconds ? secondsFormat : dateTimeFormat).format(date);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago", "yesterday", "just now": how long before `now` an ISO time was. */
export function relativeTime(iso: string, now = Date.now(), locale?: string): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  if (Number.isNaN(seconds)) return iso;
  // A clock a little ahead or behind should not read as "in 5 seconds".
  if (Math.abs(seconds) < 60) return 'just now';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.round(seconds / 60), 'minute');
}

/** "812 bytes", "14 KB", "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte');
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
