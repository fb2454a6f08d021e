import { describe, expect, it } from 'vitest';
import { detectEntities } from './index';

describe('detection on unusual input', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\n \t '],
    ['punctuation', '... ?! — “ ” ( ) ,'],
    ['CJK text', '习近平在北京会见了拉夫罗夫。'],
    ['emoji and astral characters', '😀 Paris 😀 and 𝒳 Berlin'],
    ['Windows line endings', 'Angela Merkel visited Paris.\r\n\r\nShe met Emmanuel Macron.'],
    [
      'a 5,000-word line with no full stop',
      Array.from({ length: 5000 }, (_, i) => (i % 7 ? 'word' : 'London')).join(' '),
    ],
  ])('%s: offsets stay inside the text and match it', (_name, text) => {
    const d = detectEntities(text, { published: null });
    for (const m of d.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    for (const e of d.entities)
      expect(d.mentions.filter((m) => m.entityId === e.id)).toHaveLength(e.mentionCount);
  });

  it('keeps mentions in order and never overlapping', () => {
    const text =
      'On Tuesday, 9 April 2024, Sergey Lavrov of Russia met Wang Yi of China in Beijing; the US said nothing.';
    const { mentions } = detectEntities(text, { published: '2024-04-09' });
    for (let i = 1; i < mentions.length; i++)
      expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
  });
});
