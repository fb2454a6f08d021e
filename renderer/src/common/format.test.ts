import { describe, expect, it } from 'vitest';
import { formatBytes, relativeTime } from './format';

describe('relativeTime', () => {
  const now = Date.parse('2025-03-12T14:00:00Z');
  it.each([
    ['2025-03-12T13:59:30Z', 'just now'],
    ['2025-03-12T14:00:20Z', 'just now'],
    ['2025-03-12T13:55:00Z', '5 minutes ago'],
    ['2025-03-12T11:00:00Z', '3 hours ago'],
    ['2025-03-11T13:00:00Z', 'yesterday'],
    ['2025-03-09T14:00:00Z', '3 days ago'],
    ['2025-02-26T14:00:00Z', '2 weeks ago'],
    ['2024-12-12T14:00:00Z', '3 months ago'],
    ['2023-03-12T14:00:00Z', '2 years ago'],
  ])('%s is %s', (iso, expected) => {
    expect(relativeTime(iso, now, 'en')).toBe(expected);
  });

  it('leaves an unreadable time as it is', () => {
    expect(relativeTime('not a date', now, 'en')).toBe('not a date');
  });
});

describe('formatBytes', () => {
  it.each([
    [1, '1 byte'],
    [812, '812 bytes'],
    [2048, '2.0 KB'],
    [14_600, '14 KB'],
    [5 * 1024 * 1024, '5.0 MB'],
  ])('%d bytes read as %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});
