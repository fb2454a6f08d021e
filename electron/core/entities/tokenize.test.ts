import { describe, expect, it } from 'vitest';
import { sentences, tokenize } from './tokenize';

describe('tokenize', () => {
  it.each([
    ["Russia's growing isolation", ['Russia', "'s", 'growing', 'isolation']],
    ['Zelensky’s “so-called peace formula”', ['Zelensky', '’s', '“', 'so-called', 'peace', 'formula', '”']],
    ['MFA RUSSIA (X) said:', ['MFA', 'RUSSIA', '(', 'X', ')', 'said', ':']],
    ['The U.S. and Mr. Smith paid $1,000.', ['The', 'U.S.', 'and', 'Mr.', 'Smith', 'paid', '$1,000', '.']],
    ["countries' ties — don't", ['countries', "'", 'ties', '—', 'do', "n't"]],
    ['Beijing: China', ['Beijing', ':', 'China']],
  ])('%s', (text, expected) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(expected);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits sentences at final marks before a capital and always at line breaks', () => {
    const text = 'He met Mr. Wang. "We agree," he said. Then left\n\nA heading\n\nThe end.';
    const tokens = tokenize(text);
    const out = sentences(text, tokens).map(([a, b]) =>
      tokens
        .slice(a, b)
        .map((t) => t.text)
        .join(' '),
    );
    expect(out).toEqual([
      'He met Mr. Wang .',
      '" We agree , " he said .',
      'Then left',
      'A heading',
      'The end .',
    ]);
  });
});
