/**
 * `npm run bench reader` (issue 12): a long article (~200k words, ~24k entity mentions, 2,000
 * highlights) and a medium one (~20k words, 200 highlights) imported through the core, then
 * read in the real renderer in Chromium (browser mode), side by side in the same run with
 * static pages of the same text and marks. Medians of 3 runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createLibrary } from '../electron/core/library';
import { buildApp } from '../scripts/build.mjs';
import {
  measureGloss,
  measureGlossOpen,
  measureStatic,
  measureWire,
  type RendererFigures,
  type WireFigures,
} from './reader/browser';
import { coreTable, prepareArticle } from './reader/core';
import { startGloss } from './reader/start-gloss';
import { highlightApiPage, markElementsPage } from './reader/static-pages';
import { percentile } from './storage/measure';
import type { BenchTable } from './table';

/** Runs of each measurement (GLOSS_BENCH_RUNS, default 3); figures are their medians. */
const RUNS = Number(process.env.GLOSS_BENCH_RUNS ?? 3);
const progress = (message: string) => process.stderr.write(`reader: ${message}\n`);
const root = path.resolve(import.meta.dirname, '..');

async function inPage<T>(browser: Browser, action: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    return await action(await context.newPage());
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => percentile(values, 50);
function medians<T extends object>(runs: T[]): Record<keyof T, number> {
  const keys = Object.keys(runs[0]!) as (keyof T)[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => Number(run[key])))])) as Record<
    keyof T,
    number
  >;
}
const fmt = (value: number | undefined, digits = 0) =>
  value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b <= 0 ? '–' : (a / b).toFixed(1);
const spread = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;

export async function run(): Promise<BenchTable[]> {
  await buildApp({ quiet: true });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gloss-bench-reader-'));
  let browser: Browser | null = null;
  let server: { url: string; stop: () => void } | null = null;
  try {
    const library = await createLibrary({ dataDir, seed: false, backfill: false });
    progress('importing the long article, detecting entities, adding highlights');
    const long = await prepareArticle(root, library, 'long');
    progress('the medium article');
    const medium = await prepareArticle(root, library, 'medium');
    await library.close();

    server = await startGloss(root, dataDir);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    const url = server.url;
    const gloss: RendererFigures[] = [];
    const glossMedium: number[] = [];
    const marks: Partial<RendererFigures>[] = [];
    const marksMedium: number[] = [];
    const highlightsCv: number[] = [];
    const highlightsPlain: number[] = [];
    const wire: WireFigures[] = [];
    const wireMedium: WireFigures[] = [];
    const pages = {
      marks: markElementsPage(long.staticArticle),
      marksMedium: markElementsPage(medium.staticArticle),
      highlightsCv: highlightApiPage(long.staticArticle, true),
      highlightsPlain: highlightApiPage(long.staticArticle, false),
    };
    for (let i = 0; i < RUNS; i++) {
      progress(`run ${i + 1} of ${RUNS}`);
      wire.push(await inPage(browser, (page) => measureWire(page, url, long)));
      wireMedium.push(await inPage(browser, (page) => measureWire(page, url, medium)));
      gloss.push(await inPage(browser, (page) => measureGloss(page, url, long)));
      progress(`Gloss: ${JSON.stringify(gloss[gloss.length - 1])}`);
      glossMedium.push(await inPage(browser, (page) => measureGlossOpen(page, url, medium)));
      marks.push(await inPage(browser, (page) => measureStatic(page, pages.marks, long, true)));
      marksMedium.push(
        (await inPage(browser, (page) => measureStatic(page, pages.marksMedium, medium, false))).openMs!,
      );
      highlightsCv.push(
        (await inPage(browser, (page) => measureStatic(page, pages.highlightsCv, long, false))).openMs!,
      );
      highlightsPlain.push(
        (await inPage(browser, (page) => measureStatic(page, pages.highlightsPlain, long, false))).openMs!,
      );
    }
    const g = medians(gloss);
    const w = medians(wire);
    const wm = medians(wireMedium);
    const s = medians(marks as RendererFigures[]);
    const openMedium = median(glossMedium);
    const staticMedium = median(marksMedium);
    const endYes = gloss.filter((figures) => figures.endInOnePress).length;
    return [
      {
        title: `Reader, long article (${long.words.toLocaleString('en-US')} words, ${long.mentions.toLocaleString('en-US')} mentions, ${long.highlights.toLocaleString('en-US')} highlights), Chromium, medians of ${RUNS}`,
        columns: ['figure', 'Gloss', 'static page: a `<mark>` per mark + `content-visibility`', 'ratio'],
        rows: [
          [
            'open from the library → first frame with marks (ms)',
            fmt(g.openMs),
            `${fmt(s.openMs)} (cold load)`,
            ratio(g.openMs, s.openMs),
          ],
          ['longest task while opening (ms)', fmt(g.longestTaskMs), fmt(s.longestTaskMs), '–'],
          [
            '10 jumps (scrollTop set): frames showing marked blocks without marks',
            fmt(g.unmarkedFrames),
            '0 (marks in the DOM)',
            '–',
          ],
          ['End from the top: at the end after one press', `${endYes} of ${RUNS}`, 'yes', '–'],
          [
            'press H on a selection → highlight painted; its card focused (ms)',
            `${fmt(g.pressHMs)}; ${fmt(g.pressHFocusMs)} (longest task ${fmt(g.pressHTaskMs)})`,
            fmt(s.pressHMs),
            ratio(g.pressHMs, s.pressHMs),
          ],
          [
            'typing in a note: keydown → frame, median / p95 (ms)',
            `${fmt(g.typingP50, 1)} / ${fmt(g.typingP95)}`,
            `${fmt(s.typingP50, 1)} / ${fmt(s.typingP95)}`,
            ratio(g.typingP95, s.typingP95),
          ],
          [
            'wheel scrolling (60 × 200 px): dropped frames; main-thread time (ms)',
            `${fmt(g.droppedFrames)}; ${fmt(g.wheelMainThreadMs)}`,
            `${fmt(s.droppedFrames)}; ${fmt(s.wheelMainThreadMs)}`,
            ratio(g.wheelMainThreadMs, s.wheelMainThreadMs),
          ],
          [
            'JS heap after opening, after GC (MB)',
            fmt(g.heapMB, 1),
            fmt(s.heapMB, 1),
            ratio(g.heapMB, s.heapMB),
          ],
          [
            `medium article (${medium.words.toLocaleString('en-US')} words): open → first frame with marks (ms)`,
            fmt(openMedium),
            `${fmt(staticMedium)} (cold load)`,
            ratio(openMedium, staticMedium),
          ],
        ],
        notes: [
          `Other static baselines, cold load to the first frame with marks (long article): every range in \`CSS.highlights\` with \`content-visibility\` ${fmt(median(highlightsCv))} ms, without ${fmt(median(highlightsPlain))} ms.`,
          `Noise (min–max of the ${RUNS} runs): Gloss open ${spread(gloss.map((r) => r.openMs))} ms, static open ${spread(marks.map((r) => r.openMs!))} ms, Gloss H ${spread(gloss.map((r) => r.pressHMs))} ms, Gloss wheel main thread ${spread(gloss.map((r) => r.wheelMainThreadMs))} ms.`,
        ],
      },
      coreTable(long, medium),
      {
        title: `Reader, \`articles/get\` over browser mode's HTTP transport, timed in the page (medians of 5 calls × ${RUNS} runs)`,
        columns: ['figure', 'long', 'medium'],
        rows: [
          ["request → answer's first byte (ms)", fmt(w.firstByteMs, 1), fmt(wm.firstByteMs, 1)],
          ['request → answer parsed (ms)', fmt(w.totalMs, 1), fmt(wm.totalMs, 1)],
          ['of which JSON.parse (ms)', fmt(w.parseMs, 1), fmt(wm.parseMs, 1)],
          ['answer (MB, UTF-16 code units)', fmt(w.wireMB, 2), fmt(wm.wireMB, 2)],
        ],
      },
    ];
  } finally {
    await browser?.close();
    server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
