/**
 * Reads the hand-written newswire probe (scripts/train/data/newswire-probe.txt): one sentence
 * per line, tokens separated by spaces, entities marked "[TYPE words]", "# doc:" between
 * documents. A smoke test of wire-service conventions (datelines, headlines, results tables),
 * written for Gloss; it is small and its author also wrote the rules, so it is not a benchmark.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Doc, Sentence } from './read-iob';

export const PROBE_FILE = path.resolve(import.meta.dirname, 'data/newswire-probe.txt');

/** One marked-up line to tokens and IOB2 tags. */
export function parseProbeLine(line: string): Sentence {
  const words: string[] = [];
  const tags: string[] = [];
  const re = /\[(PER|ORG|LOC|MISC) ([^\]]+)\]|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m[3] !== undefined) {
      words.push(m[3]);
      tags.push('O');
      continue;
    }
    m[2]!
      .split(/\s+/)
      .filter(Boolean)
      .forEach((w, i) => {
        words.push(w);
        tags.push(`${i === 0 ? 'B' : 'I'}-${m[1]!}`);
      });
  }
  return { words, tags };
}

export function newswireProbe(file = PROBE_FILE): Doc[] {
  const docs: Doc[] = [];
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line.startsWith('# doc:')) docs.push({ id: line.slice(6).trim(), corpus: 'probe', sentences: [] });
    else if (line && !line.startsWith('#') && docs.length)
      docs[docs.length - 1]!.sentences.push(parseProbeLine(line));
  }
  return docs;
}
