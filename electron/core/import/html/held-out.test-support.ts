/**
 * The held-out saved pages of issue 8's check (electron/core/import/fixtures/held-out, written
 * by scripts/make-held-out-corpus.ts, never tuned on): loading them with the files saved beside
 * them, and scoring what an import made of each against what a careful reader view keeps.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { wordF1 } from './word-f1';

export const HELD_OUT_DIR = path.join(import.meta.dirname, '../fixtures/held-out');

/** The issue's thresholds: shares of pages. */
export const THRESHOLDS = { f1: 0.9, pagesWithF1: 0.9, exactTitles: 0.85 } as const;

export interface HeldOutPage {
  /** The file's name, as `import/file` is sent it ("reservoir-levels-medium.html"). */
  name: string;
  bytes: Buffer;
  /** The page's `<name>_files/` folder, paths relative to the page's folder. */
  files: { path: string; bytes: Buffer }[];
  want: { title: string; byline: string; text: string };
}

export function loadHeldOut(): HeldOutPage[] {
  const expected = JSON.parse(readFileSync(path.join(HELD_OUT_DIR, 'expected.json'), 'utf8')) as Record<
    string,
    HeldOutPage['want']
  >;
  return Object.entries(expected).map(([name, want]) => {
    const folder = `${name.replace(/\.html$/, '')}_files`;
    const files = existsSync(path.join(HELD_OUT_DIR, folder))
      ? readdirSync(path.join(HELD_OUT_DIR, folder)).map((file) => ({
          path: `${folder}/${file}`,
          bytes: readFileSync(path.join(HELD_OUT_DIR, folder, file)),
        }))
      : [];
    return { name, bytes: readFileSync(path.join(HELD_OUT_DIR, name)), files, want };
  });
}

/** The authors a byline names, in order: "By A, B and C" -> [a, b, c]. */
function authors(byline: string): string[] {
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/i)
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
}

export interface PageScore {
  name: string;
  f1: number;
  title: boolean;
  byline: boolean;
  /** The refusal's code and message, when the page was refused. */
  refused?: string;
}

/** How an import did on a page: `got` is the imported article, or the refusal. */
export function scorePage(
  page: HeldOutPage,
  got: { title: string; byline: string | null; text: string } | { refused: string },
): PageScore {
  if ('refused' in got) return { name: page.name, f1: 0, title: false, byline: false, refused: got.refused };
  return {
    name: page.name,
    f1: wordF1(got.text, page.want.text),
    title: got.title.trim() === page.want.title,
    byline: authors(got.byline ?? '').join('|') === authors(page.want.byline).join('|'),
  };
}

export interface Summary {
  pages: number;
  /** Share of pages whose text has a word F1 of at least THRESHOLDS.f1. */
  withF1: number;
  meanF1: number;
  exactTitles: number;
  bylines: number;
  refused: number;
}

export function summarise(scores: PageScore[]): Summary {
  const share = (count: number) => count / scores.length;
  return {
    pages: scores.length,
    withF1: share(scores.filter((score) => score.f1 >= THRESHOLDS.f1).length),
    meanF1: scores.reduce((sum, score) => sum + score.f1, 0) / scores.length,
    exactTitles: share(scores.filter((score) => score.title).length),
    bylines: share(scores.filter((score) => score.byline).length),
    refused: scores.filter((score) => score.refused).length,
  };
}

/** The pages that missed something, one line each, for a test's or benchmark's output. */
export function misses(scores: PageScore[]): string[] {
  return scores
    .filter((score) => score.refused || score.f1 < THRESHOLDS.f1 || !score.title || !score.byline)
    .map(
      (score) =>
        `${score.name}: ${score.refused ? `refused (${score.refused})` : `F1 ${score.f1.toFixed(3)}`}${score.title ? '' : ', title differs'}${score.byline ? '' : ', byline differs'}`,
    );
}
