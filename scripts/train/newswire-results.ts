/**
 * Synthetic sports-results documents in wire-service layout: a capitalised header, a dateline,
 * then score lines ("Bolton 2 Oldham 0"), standings rows ("Girona 25 18 4 3 55 28 58"),
 * individual results ("1. Faith Kipyegon ( Kenya ) 3:49.11"), or scorers and cricket scorecards. By the CoNLL convention a club is
 * an organisation even when it carries a town's name, and a national team is a place; the
 * corpora have almost no such tables, so without these the tagger reads "Bolton 2" as a place.
 */
import { pick, type NameBank } from './name-bank';
import type { Doc, Sentence } from './read-iob';

const SPORTS = ['SOCCER', 'BASKETBALL', 'ICE HOCKEY', 'RUGBY UNION', 'BASEBALL', 'CRICKET', 'TENNIS'];
const SUFFIXES = ['United', 'City', 'Town', 'Rovers', 'Athletic', 'Wanderers', 'County', 'Albion', 'FC'];
const PREFIXES = ['Real', 'Sporting', 'Dynamo', 'FC', 'AC', 'Olympique', 'Racing', 'Inter', 'Atletico'];
const INTROS = [
  'Results of matches played on Saturday :',
  'Results on Sunday :',
  "Standings after Wednesday 's games :",
  'Leading results :',
  'Result on Friday :',
];

type Part = [string[], string | null];

function sentence(parts: Part[]): Sentence {
  const s: Sentence = { words: [], tags: [] };
  for (const [words, type] of parts) {
    words.forEach((w, i) => {
      s.words.push(w);
      s.tags.push(type ? `${i ? 'I' : 'B'}-${type}` : 'O');
    });
  }
  return s;
}

const num = (random: () => number, max: number) => String(Math.floor(random() * max));

function club(bank: NameBank, random: () => number): string[] {
  const r = random();
  if (r < 0.45) return pick(bank.cities, random);
  if (r < 0.7) return [...pick(bank.cities, random), pick(SUFFIXES, random)];
  if (r < 0.85) return [pick(PREFIXES, random), ...pick(bank.cities, random)];
  return pick(bank.orgs, random);
}

function line(kind: number, bank: NameBank, random: () => number, national: boolean): Sentence {
  const team = (): Part => (national ? [pick(bank.countries, random), 'LOC'] : [club(bank, random), 'ORG']);
  const person = (): Part => [pick(bank.people, random), 'PER'];
  const country = (): Part[] => [
    [['('], null],
    [pick(bank.countries, random), 'LOC'],
    [[')'], null],
  ];
  if (kind === 0) return sentence([team(), [[num(random, 6)], null], team(), [[num(random, 6)], null]]);
  if (kind === 1) {
    const stats = Array.from({ length: 7 }, () => num(random, 60));
    return sentence([team(), [stats, null]]);
  }
  if (kind === 2) {
    const time = `${num(random, 4)}:${num(random, 5)}${num(random, 10)}.${num(random, 100)}`;
    return sentence([[[`${1 + Math.floor(random() * 9)}.`], null], person(), ...country(), [[time], null]]);
  }
  if (kind === 3) {
    const score = [`${6}-${num(random, 5)}`, `${6}-${num(random, 5)}`];
    return sentence([person(), ...country(), [['beat'], null], person(), ...country(), [score, null]]);
  }
  return scorecardLine(kind, bank, random, team, person);
}

/**
 * Lines that name people by surname alone: football scorers ("Arsenal 3 ( Saka 25 , Havertz 60 )
 * Everton 1") and a cricket scorecard ("Ben Duckett c Jurel b Kuldeep 15", "10-2-35-3").
 */
function scorecardLine(
  kind: number,
  bank: NameBank,
  random: () => number,
  team: () => Part,
  person: () => Part,
): Sentence {
  const surname = (): Part => [pick(bank.people, random).slice(-1), 'PER'];
  if (kind === 4) {
    const scorers = (): Part[] => {
      const k = Math.floor(random() * 3);
      if (!k) return [];
      const parts: Part[] = [[['('], null]];
      for (let j = 0; j < k; j++) {
        if (j) parts.push([[','], null]);
        parts.push(surname(), [[num(random, 90)], null]);
      }
      return [...parts, [[')'], null]];
    };
    const goals = (): Part => [[num(random, 5)], null];
    return sentence([team(), goals(), ...scorers(), team(), goals(), ...scorers()]);
  }
  const how = random();
  const runs: Part = [[num(random, 120)], null];
  if (how < 0.35) return sentence([person(), [['c'], null], surname(), [['b'], null], surname(), runs]);
  if (how < 0.55) return sentence([person(), [['lbw', 'b'], null], surname(), runs]);
  if (how < 0.7) return sentence([person(), [['b'], null], surname(), runs]);
  if (how < 0.85) return sentence([person(), [[pick(['not', 'run'], random), 'out'], null], runs]);
  const figures = `${num(random, 11)}-${num(random, 4)}-${num(random, 70)}-${num(random, 6)}`;
  return sentence([person(), [[figures], null]]);
}

/** Match-report sentences: "{A} beat {B} 2-1 on Saturday", teams as clubs or nations. */
const REPORTS = [
  '{A} beat {B} {S} on {D} .',
  '{A} drew {S} with {B} on {D} .',
  '{P} scored twice as {A} beat {B} {S} .',
  '{A} striker {P} scored the winner against {B} .',
  '{A} coach {P} said his side had deserved to win .',
  '{A} , who lost {S} to {B} last week , are two points behind .',
  '{P} of {A} was sent off in the 70th minute .',
].map((t) => t.split(' '));
const DAYS = ['Saturday', 'Sunday', 'Wednesday', 'Tuesday'];

function report(bank: NameBank, random: () => number, national: boolean): Sentence {
  const team = (): Part => (national ? [pick(bank.countries, random), 'LOC'] : [club(bank, random), 'ORG']);
  const parts: Part[] = pick(REPORTS, random).map((w): Part => {
    if (w === '{A}' || w === '{B}') return team();
    if (w === '{P}') return [pick(bank.people, random), 'PER'];
    if (w === '{S}') return [[`${num(random, 5)}-${num(random, 5)}`], null];
    if (w === '{D}') return [[pick(DAYS, random)], null];
    return [[w], null];
  });
  return sentence(parts);
}

/** `count` synthetic results documents, deterministic for the random source. */
export function resultsDocs(
  bank: NameBank,
  random: () => number,
  count: number,
  /** Tables (0-3) or the lines that name people by surname (4-5, see scorecardLine). */
  kinds: number[] = [0, 1, 2, 3],
): Doc[] {
  const docs: Doc[] = [];
  for (let d = 0; d < count; d++) {
    const kind = kinds[Math.floor(random() * kinds.length)]!;
    const national = (kind < 2 || kind === 4) && random() < 0.3;
    const caps = random() < 0.25; // "home team in CAPS"
    const city = pick(bank.cities, random).map((w) => w.toUpperCase());
    const date = `20${num(random, 3)}${num(random, 10)}-0${1 + Math.floor(random() * 9)}-1${num(random, 10)}`;
    // "AL-AIN , United Arab Emirates 1996-12-06" as often as a bare "LONDON 1996-12-06".
    const where: Part[] =
      random() < 0.4
        ? [
            [city, 'LOC'],
            [[','], null],
            [pick(bank.countries, random), 'LOC'],
          ]
        : [[city, 'LOC']];
    const sport: Part = [[pick(SPORTS, random), '-'], null];
    const upper = (p: Part): Part => [p[0].map((w) => w.toUpperCase()), p[1]];
    const team = (): Part => (national ? [pick(bank.countries, random), 'LOC'] : [club(bank, random), 'ORG']);
    const sentences: Sentence[] = [
      random() < 0.5
        ? sentence([sport, [['RESULTS', '.'], null]])
        : sentence([sport, upper(team()), [['BEAT'], null], upper(team()), [['.'], null]]),
      sentence([...where, [[date], null]]),
      sentence([[pick(INTROS, random).split(' '), null]]),
    ];
    // Most tables follow a short report, as on the wire.
    for (let k = Math.floor(random() * 3); k > 0; k--)
      sentences.push(report(bank, random, national || random() < 0.3));
    const n = 3 + Math.floor(random() * 6);
    for (let k = 0; k < n; k++) {
      const s = line(kind, bank, random, national);
      if (caps && random() < 0.5) s.words = s.words.map((w, i) => (s.tags[i] === 'O' ? w : w.toUpperCase()));
      sentences.push(s);
    }
    docs.push({ id: `synthetic-results-${kinds.join('')}-${d}`, corpus: 'synthetic', sentences });
  }
  return docs;
}
