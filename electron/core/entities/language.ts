/**
 * Which language an article is written in, from its text. The tagger and its rules read English
 * only: on German or Spanish text they find "names" in every capitalised noun, so detection needs
 * to know when to stay out. Two tests: the share of English function words (high in any English
 * prose, near nil elsewhere, and robust to names, numbers and quotes in other languages), and
 * franc's trigram guess to name the language when the text is not English.
 */
import { francAll } from 'franc-min';
import { NAME_PARTICLES } from './name-particles';

export interface TextLanguage {
  /** ISO 639-1 where there is one ("en", "de"), else franc's ISO 639-3 code; "und" when unknown. */
  language: string;
  /** Whether entity detection covers this language (English only). */
  supported: boolean;
}

/**
 * English function words that are not also common words of another language written in Latin
 * script ("a", "in", "an", "was", "no", "so", "also", "will" are left out: Hungarian, German,
 * Spanish, Portuguese and Italian use them).
 */
const ENGLISH_WORDS = new Set(
  (
    'the of and to is that for it as with by he be at from his are this which or have has had ' +
    'on not but they were their its been who she her would said there than after more into we you ' +
    'about over can when new what out if could should these those other some such only any ' +
    'between under while where'
  ).split(' '),
);
/** In English prose a quarter or more of the lower-case words are these; other languages have next to none. */
const ENGLISH_SHARE = 0.06;
/**
 * English is ruled out only where its trigram score (relative to the best language's, 1) is far
 * behind: names and numbers in tables and tweets look like any language to franc.
 */
export const ENGLISH_TRIGRAMS = 0.85;
/** Fewer words than this cannot be told apart reliably: treated as English. */
const MIN_WORDS = 8;
/** franc reads this many characters (its cost grows with the text, its accuracy stops growing). */
const SAMPLE = 4000;

const ISO1: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  swe: 'sv',
  pol: 'pl',
  ces: 'cs',
  ron: 'ro',
  hun: 'hu',
  tur: 'tr',
  ind: 'id',
  vie: 'vi',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  srp: 'sr',
  hrv: 'hr',
  bos: 'bs',
  arb: 'ar',
  pes: 'fa',
  urd: 'ur',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
  ben: 'bn',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  tha: 'th',
  ell: 'el',
  heb: 'he',
  kaz: 'kk',
  uzn: 'uz',
  azj: 'az',
  tgl: 'tl',
  swh: 'sw',
  zlm: 'ms',
  jav: 'jv',
  sun: 'su',
  hau: 'ha',
  yor: 'yo',
  ibo: 'ig',
  zul: 'zu',
  som: 'so',
  amh: 'am',
  tam: 'ta',
  tel: 'te',
  kan: 'kn',
  mal: 'ml',
  guj: 'gu',
  pan: 'pa',
  mya: 'my',
  khm: 'km',
  sin: 'si',
  kat: 'ka',
  hye: 'hy',
  ckb: 'ckb',
  pbu: 'ps',
  kin: 'rw',
  nya: 'ny',
  run: 'rn',
  lin: 'ln',
  plt: 'mg',
  ceb: 'ceb',
  ilo: 'ilo',
};

/** Whether `words[i]` is a surname particle: one of them, followed by more particles and a capitalised word. */
function isNameParticle(words: readonly string[], i: number): boolean {
  let j = i;
  while (j < words.length && NAME_PARTICLES.has(words[j]!)) j++;
  return j > i && j < words.length && /^\p{Lu}/u.test(words[j]!);
}

/** The share of English function words among the lower-case words, and how many there are. */
export function englishShare(sample: string): { share: number; lowerWords: number; caseless: number } {
  let lowerWords = 0;
  let english = 0;
  const words = sample.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  words.forEach((w, i) => {
    // Names, headlines and table rows are capitalised: only running prose has lower-case words.
    if (w === w.toUpperCase() || w !== w.toLowerCase()) return;
    // "von der" in "Ursula von der Leyen" is part of a name, not Dutch or German prose.
    if (isNameParticle(words, i)) return;
    lowerWords++;
    if (ENGLISH_WORDS.has(w)) english++;
  });
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const caseless = sample.match(/[\p{Lo}]/gu)?.length ?? 0;
  return { share: english / Math.max(1, lowerWords), lowerWords, caseless: caseless / Math.max(1, letters) };
}

/** The language of `text` and whether detection covers it. */
export function textLanguage(text: string): TextLanguage {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const { share, lowerWords, caseless } = englishShare(sample);
  // Scripts without case (Chinese, Arabic, Hindi) have no lower-case words: franc judges those.
  if (caseless < 0.5) {
    if (share >= ENGLISH_SHARE && share * lowerWords >= 2) return { language: 'en', supported: true };
    if (lowerWords < MIN_WORDS) return { language: 'und', supported: true };
  }
  const scores = francAll(sample, { minLength: 20 });
  const guess = scores[0]![0];
  const eng = scores.find(([code]) => code === 'eng')?.[1] ?? 0;
  if (guess === 'und' || eng >= ENGLISH_TRIGRAMS)
    return { language: guess === 'und' ? 'und' : 'en', supported: true };
  return { language: ISO1[guess] ?? guess, supported: false };
}
