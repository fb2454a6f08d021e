/**
 * Crash safety: a child process writes as fast as it can and is killed with SIGKILL at a random
 * moment (mid-append to a notes log, mid-fold of a log into its snapshot, mid-index write...);
 * every write it acknowledged must be there when the library is opened again, with no notice,
 * and every file must parse. The runs share one library, so each also recovers from all the earlier kills.
 * Replay a failure with GLOSS_CRASH_SEED=<seed printed below>.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exited, lines, startHelper } from './child-process';
import { openStore } from './open-store';
import type { Store } from './store';
import {
  allJsonFilesParse,
  logStates,
  makeContent,
  makeEntry,
  seededRandom,
  tempDataDir,
  tempFiles,
} from './test-helpers';

const RUNS = 20;
const baseSeed = Number(process.env.GLOSS_CRASH_SEED ?? Math.floor(Math.random() * 1e6));
const { dir, cleanup } = tempDataDir('gloss-crash-');
const totals = { runs: 0, acknowledged: 0, lost: 0, tempFilesLeft: 0, tornLogs: 0 };

/** Everything acknowledged so far, across runs. */
const highlights = new Map<string, string>(); // highlight -> article
const notes = new Map<string, number>(); // article -> largest acknowledged n
const highlightNotes = new Map<string, number>(); // highlight -> largest acknowledged n
const progress = new Map<string, number>();
const added = new Set<string>();

beforeAll(async () => {
  console.log(`crash test: seed ${baseSeed} (replay with GLOSS_CRASH_SEED=${baseSeed})`);
  const store = await openStore({ dataDir: dir });
  for (const id of ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'])
    await store.addArticle(makeEntry(id), makeContent(id));
  await store.close();
});

afterAll(() => {
  console.log(
    `crash test: ${totals.runs} runs, ${totals.acknowledged} writes acknowledged, ${totals.lost} lost, ` +
      `${totals.tempFilesLeft} temp files left by kills and swept, ${totals.tornLogs} notes logs cut mid-line ` +
      `(seed ${baseSeed})`,
  );
  cleanup();
});

const larger = (map: Map<string, number>, key: string, n: number) =>
  map.set(key, Math.max(map.get(key) ?? 0, n));

function record(line: string): boolean {
  const [kind, a, b, c] = line.split(' ');
  if (kind === 'H' && a && b) highlights.set(b, a);
  else if (kind === 'N' && a && b) larger(notes, a, Number(b));
  else if (kind === 'U' && b && c) larger(highlightNotes, b, Number(c));
  else if (kind === 'E' && a && b) larger(progress, a, Number(b));
  else if (kind === 'A' && a) added.add(a);
  else return false;
  return true;
}

/** Run the writer, kill it `delay` ms after it is ready, and record what it acknowledged. */
async function runAndKill(seed: number, first: number, delay: number): Promise<number> {
  const child = startHelper('./crash-child.ts', [dir, String(seed), String(first)]);
  let acknowledged = 0;
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    // readline only hands over complete lines; a line cut by the kill is dropped, as it should be.
    lines(child, (line) => {
      if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delay);
      else if (record(line)) acknowledged++;
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited with ${code}: ${stderr}`)),
    );
  });
  await exited(child);
  return acknowledged;
}

/** Acknowledged writes missing from the reopened library. */
async function missing(store: Store): Promise<string[]> {
  const lost: string[] = [];
  const byArticle = new Map<string, Awaited<ReturnType<Store['readNotes']>>>();
  for (const entry of store.list()) {
    const read = await store.readNotes(entry.id);
    byArticle.set(entry.id, read);
    expect(entry.highlightCount).toBe(read.highlights.length);
  }
  for (const [id, article] of highlights) {
    if (!byArticle.get(article)?.highlights.some((h) => h.id === id)) lost.push(`highlight ${id}`);
  }
  for (const [article, n] of notes) {
    if (Number(byArticle.get(article)?.note.markdown.slice(1) ?? -1) < n) lost.push(`note ${article} n${n}`);
  }
  for (const [id, n] of highlightNotes) {
    const highlight = byArticle.get(highlights.get(id) ?? '')?.highlights.find((h) => h.id === id);
    if (Number(highlight?.note.markdown.slice(1) ?? -1) < n) lost.push(`highlight note ${id} u${n}`);
  }
  for (const [article, n] of progress) {
    if ((store.entry(article)?.progress ?? -1) < n / 1e7) lost.push(`progress ${article} ${n}`);
  }
  for (const article of added) {
    if (!store.entry(article)) lost.push(`article ${article}`);
    else await store.readContent(article);
  }
  return lost;
}

describe(`crash safety (seed ${baseSeed})`, () => {
  for (let run = 0; run < RUNS; run++) {
    const seed = baseSeed + run;
    it(`run ${run + 1}/${RUNS}, seed ${seed}: nothing acknowledged is lost after SIGKILL`, async () => {
      const delay = Math.floor(seededRandom(seed)() * 300);
      const acknowledged = await runAndKill(seed, (run + 1) * 100_000, delay);
      expect(allJsonFilesParse(dir)).toEqual([]);
      // A kill mid-append leaves at most a torn last line, never a damaged one.
      const logs = logStates(dir);
      expect(logs.damaged).toEqual([]);
      totals.tornLogs += logs.torn.length; // cut back by the reopen below
      totals.tempFilesLeft += tempFiles(dir).length; // swept by the reopen below

      const store = await openStore({ dataDir: dir });
      try {
        expect(store.notices()).toEqual([]);
        expect(tempFiles(dir)).toEqual([]);
        const lost = await missing(store);
        totals.runs++;
        totals.acknowledged += acknowledged;
        totals.lost += lost.length;
        expect(lost).toEqual([]);
        expect(logStates(dir).torn).toEqual([]); // reading every article cut the torn lines off
      } finally {
        await store.close();
      }
    });
  }
});
