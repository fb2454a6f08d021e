/** The storage benchmark's tables. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BenchTable } from '../table';
import os from 'node:os';
import type { EventCost } from './events';
import type { ColdOpen } from './measure';

/** Bytes of a file, or of every file under a folder. */
export function libraryBytes(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(target).reduce((sum, name) => sum + libraryBytes(path.join(target, name)), 0);
}

export type Row = Record<
  | 'list'
  | 'filter'
  | 'open'
  | 'addP50'
  | 'addP95'
  | 'updateP50'
  | 'updateP95'
  | 'export'
  | 'searchFirst'
  | 'search',
  number
>;

export interface Results {
  articles: number;
  highlights: number;
  sharded: Row;
  single: Row;
  cold: { sharded: ColdOpen; single: ColdOpen };
  bytes: { sharded: number; single: number };
  samples: { sharded: Record<string, number>; single: Record<string, number> };
}

const ratio = (single: number, sharded: number) =>
  sharded > 0 ? `${(single / sharded).toFixed(single / sharded >= 10 ? 0 : 2)}x` : '-';

export function comparisonTable(r: Results): BenchTable {
  const mib = (bytes: number) => bytes / 2 ** 20;
  const rows: [string, number, number][] = [
    ['Size on disk (MiB)', mib(r.bytes.sharded), mib(r.bytes.single)],
    ['Cold open to library list, fresh process (ms)', r.cold.sharded.ms, r.cold.single.ms],
    ['Cold open peak RSS (MB)', r.cold.sharded.peakRssMb, r.cold.single.peakRssMb],
    ['List all articles, newest first (ms, p50)', r.sharded.list, r.single.list],
    ['Filter by tag (ms, p50)', r.sharded.filter, r.single.filter],
    ['Open one article with its highlights (ms, p50)', r.sharded.open, r.single.open],
    ['Add a highlight (ms, p50)', r.sharded.addP50, r.single.addP50],
    ['Add a highlight (ms, p95)', r.sharded.addP95, r.single.addP95],
    ['Update a highlight note (ms, p50)', r.sharded.updateP50, r.single.updateP50],
    ['Update a highlight note (ms, p95)', r.sharded.updateP95, r.single.updateP95],
    ['Export one article as Markdown (ms, p50)', r.sharded.export, r.single.export],
    ['Search notes, highlights, tags, titles: first query (ms)', r.sharded.searchFirst, r.single.searchFirst],
    ['Search notes, highlights, tags, titles (ms, p50)', r.sharded.search, r.single.search],
  ];
  const { sharded: s, single: b } = r.samples;
  return {
    title: `Storage: ${r.articles.toLocaleString('en-US')} articles, ${r.highlights.toLocaleString('en-US')} highlights`,
    columns: [
      'Operation',
      'Gloss (index + per-article files)',
      'Single lowdb file',
      'Ratio (single / Gloss)',
    ],
    rows: rows.map(([name, sharded, single]) => [name, sharded, single, ratio(single, sharded)]),
    notes: [
      `Samples: Gloss ${s.add} adds, ${s.update} note updates, ${s.open} opens/exports; single file ${b.add} adds and ${b.update} note updates (each rewrites the whole file).`,
      'Gloss fsyncs every acknowledged write (file and directory); the single-file baseline uses lowdb JSONFile as is (steno: temp file + rename, no fsync).',
      'Cold open: median of 5 (Gloss) / 3 (single file) fresh Node processes running a bundled probe; files are in the OS page cache (just written).',
      "Export runs the app's exporter (YAML front matter, escaping, highlights re-anchored) on each backend's data, without entity detection.",
      'Opening an article in the single file is a lookup in memory: everything was loaded at start-up.',
      "Search: the app's LibrarySearch on both, 20 queries of one made-up word of 6+ letters (a scan of the whole library; at most 50 articles returned). The first query builds the searchable text in memory: Gloss reads every notes file then (the baseline has them in memory already); later queries re-read only articles whose notes changed.",
    ],
  };
}

export function targetsTable(r: Results): BenchTable {
  const check = (value: number, limit: number) => (value < limit ? 'met' : 'MISSED');
  return {
    title: 'Storage targets (Gloss)',
    columns: ['Target', 'Limit', 'Measured', 'Result'],
    rows: [
      ['Add a highlight, p95 (ms)', 20, r.sharded.addP95, check(r.sharded.addP95, 20)],
      ['Cold open (ms)', 1000, r.cold.sharded.ms, check(r.cold.sharded.ms, 1000)],
      ['Search the library, p50 (ms)', 100, r.sharded.search, check(r.sharded.search, 100)],
      [
        'Memory, cold open peak RSS (MB)',
        300,
        r.cold.sharded.peakRssMb,
        check(r.cold.sharded.peakRssMb, 300),
      ],
    ],
  };
}

/** Issue 9's check: events cost nothing measurable on the write path, and cold open is as before. */
export function eventsTable(cold: ColdOpen, events: EventCost): BenchTable {
  const delta = (a: number, b: number) => `${b - a >= 0 ? '+' : ''}${(b - a).toFixed(2)} ms`;
  const [load1] = os.loadavg();
  return {
    title: 'Events on the write path, and cold open',
    columns: ['Measure', 'No subscriber', 'A window listening (GET /events)', 'Difference'],
    rows: [
      [
        'Add a highlight through the API (ms, p50)',
        events.withoutP50,
        events.withP50,
        delta(events.withoutP50, events.withP50),
      ],
      [
        'Add a highlight through the API (ms, p95)',
        events.withoutP95,
        events.withP95,
        delta(events.withoutP95, events.withP95),
      ],
      ['Events the window received / highlights added', '-', `${events.heard} / ${events.adds}`, '-'],
      ['Cold open to the library list, fresh process (ms)', cold.ms, '-', '-'],
    ],
    notes: [
      `${events.adds} adds each way through library.dispatch('highlights/create') on the library above, in ${4} alternating rounds; the listening window is an EventSource on the browser-mode host in the same process (the core serializes each event and writes it to the stream before the call returns).`,
      'Cold open: the store opened and the library listed in a fresh process (median of 5), as in the table above.',
      `Machine load when the table was made (1-minute load average): ${load1?.toFixed(2) ?? '?'} on ${os.cpus().length} cores (a shared machine: other engineers' builds and tests ran meanwhile).`,
    ],
  };
}
