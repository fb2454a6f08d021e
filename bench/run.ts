/**
 * `npm run bench [section...]`: runs the benchmark sections and prints their tables.
 * Sections live in bench/<name>.ts and export `run(): Promise<BenchTable[]>`.
 */
import { formatTable, machineLine, type BenchTable } from './table';

const SECTIONS: Record<string, () => Promise<{ run: () => Promise<BenchTable[]> }>> = {
  entities: () => import('./entities'),
  search: () => import('./search'),
  storage: () => import('./storage'),
  import: () => import('./import'),
  export: () => import('./export'),
  reader: () => import('./reader'),
  'reader-core': () => import('./reader-core'),
};

const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : Object.keys(SECTIONS);
console.log(`# Gloss benchmarks\n\n${machineLine()}\n`);
for (const name of names) {
  const load = SECTIONS[name];
  if (!load) {
    console.error(`Unknown benchmark section "${name}". Known: ${Object.keys(SECTIONS).join(', ')}`);
    process.exit(2);
  }
  const tables = await (await load()).run();
  for (const table of tables) console.log(`${formatTable(table)}\n`);
}
