/** Comparing names: slugs for ids, transliteration-tolerant equality, surnames, known aliases. */
import { NAME_PARTICLES } from './name-particles';

const slugs = new Map<string, string>();

export function slug(text: string): string {
  let hit = slugs.get(text);
  if (hit === undefined) {
    if (slugs.size > 50_000) slugs.clear();
    hit = makeSlug(text);
    slugs.set(text, hit);
  }
  return hit;
}

function makeSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Levenshtein distance, bounded: returns max + 1 as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Same name up to transliteration ("Sergey"/"Sergei", "Zelensky"/"Zelenskyy"): equal, or one
 * edit apart for words of six letters or more, with the same first letter.
 */
export function sameNameWord(a: string, b: string): boolean {
  const x = slug(a);
  const y = slug(b);
  if (x === y) return true;
  if (x[0] !== y[0] || Math.min(x.length, y.length) < 6) return false;
  return editDistance(x, y, 1) <= 1;
}

/** Family names written first (Chinese, Korean, Vietnamese): "Xi Jinping" is "Xi". */
/** "bin", "ibn", "bint": son or daughter of, between a given name and the father's. */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint']);
const FAMILY_FIRST = new Set(
  (
    'Xi Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng ' +
    'Xie Han Tang Feng Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang Cai Jia Ding Wei Ye Pan ' +
    'Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu ' +
    'Hou Shao Meng Wan Duan Lei Qian Yin Yi Kim Park Choi Jeong Jung Yoon Moon Lim Ahn Shin Hwang Nguyen Tran ' +
    'Pham Ngo Vo Dang Bui Hun Modi'
  ).split(' '),
);

/** "von der Leyen", "de Gaulle": particles and a surname, with nothing before them. */
export function isParticleSurname(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  return words.length > 1 && words.slice(0, -1).every((w) => NAME_PARTICLES.has(w.toLowerCase()));
}

/**
 * The word(s) a bare mention of this full name would use: the surname (with its particles, "von
 * der Leyen", and without, "Leyen"), and the family name for East Asian names.
 */
export function shortForms(fullName: string): string[] {
  const all = fullName.split(/\s+/).filter(Boolean);
  const words = all.filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return [];
  const out = [words[words.length - 1]!];
  let k = all.length - 1;
  while (k > 1 && NAME_PARTICLES.has(all[k - 1]!)) k--;
  if (k < all.length - 1) out.push(all.slice(k).join(' '));
  if (FAMILY_FIRST.has(words[0]!) && words.length <= 3) out.push(words[0]!);
  // "Mohammed bin Salman" is "Prince Mohammed", "Tamim bin Hamad" "Sheikh Tamim": a patronymic
  // name is shortened to the given name.
  if (PATRONYMIC.has(all[1] ?? '')) out.push(all[0]!);
  return out;
}

const ALIASES: Record<string, string> = {
  us: 'United States',
  'u.s.': 'United States',
  'u.s': 'United States',
  usa: 'United States',
  'u.s.a.': 'United States',
  'united states of america': 'United States',
  america: 'United States',
  uk: 'United Kingdom',
  'u.k.': 'United Kingdom',
  britain: 'United Kingdom',
  'great britain': 'United Kingdom',
  un: 'United Nations',
  'u.n.': 'United Nations',
  eu: 'European Union',
  'e.u.': 'European Union',
  uae: 'United Arab Emirates',
  ussr: 'Soviet Union',
  'soviet union': 'Soviet Union',
  prc: 'China',
  "people's republic of china": 'China',
  dprk: 'North Korea',
  drc: 'Democratic Republic of the Congo',
  nato: 'NATO',
  'north atlantic treaty organization': 'NATO',
  'european commission': 'European Commission',
  fed: 'Federal Reserve',
  'u.s. federal reserve': 'Federal Reserve',
  'us federal reserve': 'Federal Reserve',
  kyiv: 'Kyiv',
  kiev: 'Kyiv',
};

/** The canonical name for a well-known alias ("US" -> "United States"), else null. */
export function knownAlias(surface: string): string | null {
  return ALIASES[surface.toLowerCase()] ?? null;
}

/** An acronym of a multi-word name: "NATO" for "North Atlantic Treaty Organization". */
export function isAcronymOf(acronym: string, name: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(acronym)) return false;
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials === acronym;
}
