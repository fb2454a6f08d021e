// Chinese and Japanese have no spaces between words: each character counts as one, the usual
// approximation. (Intl.Segmenter would be exact, but V8's is quadratic on long texts.)
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
// Letters and digits, joined by apostrophes and hyphens ("Russia's", "two-day" are one word each).
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** Words as a reader counts them, in linear time. */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return cjk + words;
}
