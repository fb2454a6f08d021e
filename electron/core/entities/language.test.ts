import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectEntities } from './index';
import { textLanguage } from './language';

/** News paragraphs in other languages, written for these tests. */
const SAMPLES = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'fixtures/languages.json'), 'utf8'),
) as { language: string; text: string }[];

/** Franc cannot tell these apart from their neighbours on a short paragraph; both are unsupported. */
const CLOSE: Record<string, string[]> = { id: ['id', 'ms'], cs: ['cs', 'sr', 'sk'] };

describe('textLanguage', () => {
  it.each(SAMPLES.map((s) => [s.language, s.text]))('%s is not English: %s', (language, text) => {
    const result = textLanguage(text);
    expect(result.supported).toBe(false);
    expect(CLOSE[language] ?? [language]).toContain(result.language);
  });

  it.each([
    [
      'news prose',
      'Sergey Lavrov met Wang Yi in Beijing on Tuesday. The two ministers said they would work together on trade, and that talks with the European Union had stalled.',
    ],
    [
      'a results table',
      'SOCCER - ENGLISH PREMIER LEAGUE RESULTS\nLONDON 2024-03-02\nResults of English Premier League matches on Saturday:\nArsenal 3 Everton 1\nBolton 2 Oldham 0\nChelsea 1 Fulham 1\nLiverpool 4 Burnley 0',
    ],
    ['a headline', 'VERSTAPPEN WINS IN MONACO'],
    ['too short to tell', 'Angela Merkel'],
    [
      'an English story with a French quote',
      'President Emmanuel Macron said on Monday that the reform would go ahead. "Nous ne reculerons pas," he told reporters in Paris, adding that the unions had been consulted for months and that the government was open to talks.',
    ],
    [
      'a list of names and places',
      'Attending: Olaf Scholz (Germany), Giorgia Meloni (Italy), Pedro Sánchez (Spain), Donald Tusk (Poland), Mark Rutte (Netherlands), Ulf Kristersson (Sweden).',
    ],
    [
      'a short story whose names have particles',
      'Ursula von der Leyen met Ludwig van Beethoven fans, Vincent van Gogh heirs and Charles de Gaulle admirers in Bonn.',
    ],
  ])('%s counts as English', (_name, text) => {
    expect(textLanguage(text).supported).toBe(true);
  });
});

describe('detectEntities and language', () => {
  it('marks nothing in a German article and says why', () => {
    const german = SAMPLES.find((s) => s.language === 'de')!.text;
    expect(detectEntities(german, { published: '2024-04-09' })).toEqual({
      mentions: [],
      entities: [],
      language: 'de',
      supported: false,
    });
  });

  it('says an English article is English', () => {
    const d = detectEntities('Sergey Lavrov met Wang Yi in Beijing on Tuesday, the foreign ministry said.');
    expect([d.language, d.supported, d.mentions.length > 0]).toEqual(['en', true, true]);
  });
});
