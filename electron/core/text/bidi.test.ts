import { describe, expect, it } from 'vitest';
import { neutralizeBidi } from './bidi';

describe('neutralizeBidi', () => {
  it.each([
    ['a right-to-left override', 'invoice\u202Efdp.md', 'invoicefdp.md'],
    ['every embedding and override', '\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee', 'abcde'],
    ['every isolate', '\u2066a\u2067b\u2068c\u2069', 'abc'],
    ['Hebrew and Arabic kept as they are', 'RTL עברית and العربية', 'RTL עברית and العربية'],
    ['implicit marks kept', 'a\u200Eb\u200Fc\u061Cd', 'a\u200Eb\u200Fc\u061Cd'],
  ])('removes %s', (_what, input, expected) => {
    expect(neutralizeBidi(input)).toBe(expected);
  });
});
