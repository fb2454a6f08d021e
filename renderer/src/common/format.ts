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
