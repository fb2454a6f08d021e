/** The renderer side of `npm run bench reader`: Gloss and the static pages in Chromium. */
import type { CDPSession, Page } from '@playwright/test';
import { percentile } from '../storage/measure';
import type { CoreFigures } from './core';
import {
  ARM_PRESS_H,
  FRAME_PROBE,
  OPEN_ARTICLE,
  SELECT_IN_BLOCK,
  WATCH_KEY_FRAMES,
  WATCH_LONG_TASKS,
} from './probes';

export interface RendererFigures {
  openMs: number;
  longestTaskMs: number;
  unmarkedFrames: number | null;
  endInOnePress: boolean | null;
  pressHMs: number;
  /** H → the frame with its card focused (Gloss). */
  pressHFocusMs: number;
  /** The longest task between H and the frame that shows the highlight. */
  pressHTaskMs: number;
  typingP50: number;
  typingP95: number;
  droppedFrames: number;
  wheelMainThreadMs: number;
  heapMB: number;
}

const FRAME_MS = 1000 / 60;

/** An in-page step that must finish: a step that never does fails the bench with its name. */
async function step<T>(page: Page, name: string, run: Promise<T>, ms = 60_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void page
        .screenshot({ path: `/tmp/gloss-bench-reader-${name.replace(/\W+/g, '-')}.png` })
        .catch(() => undefined);
      reject(new Error(`bench reader: "${name}" did not finish within ${ms / 1000} s (screenshot in /tmp)`));
    }, ms);
  });
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

async function longestTaskSince(page: Page, since: number, until: number): Promise<number> {
  const tasks = await page.evaluate<[number, number][]>('window.__longTasks');
  return Math.max(
    0,
    ...tasks.filter(([start, length]) => start + length >= since && start <= until).map(([, d]) => d),
  );
}

/** Wheel down the article: dropped frames (frames missed between rAFs) and main-thread ms. */
async function wheel(page: Page, cdp: CDPSession): Promise<{ dropped: number; mainMs: number }> {
  const box = (await page.getByTestId('reader').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(FRAME_PROBE([]));
  const taskTime = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')!
      .value;
  const before = await taskTime();
  for (let i = 0; i < 60; i++) {
    await page.mouse.wheel(0, 200);
    await pause(16);
  }
  await pause(300);
  const mainMs = ((await taskTime()) - before) * 1000;
  const { gaps } = await page.evaluate<{ gaps: number[] }>('window.__probe.stop()');
  const dropped = gaps.reduce((sum, gap) => sum + Math.max(0, Math.round(gap / FRAME_MS) - 1), 0);
  return { dropped, mainMs };
}

/** Type into the focused note (or textarea): keydown → frame, median and p95. */
async function typing(page: Page): Promise<{ p50: number; p95: number }> {
  await page.evaluate(WATCH_KEY_FRAMES);
  await page.keyboard.type('the quick brown fox jumps over the lazy dog', { delay: 50 });
  await pause(200);
  const samples = await page.evaluate<number[]>('window.__keyFrames');
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function pressH(
  page: Page,
  gloss: boolean,
  block: number,
): Promise<{ painted: number; focused: number; longest: number }> {
  // Shortcuts go to the page, not to whatever field a click before left focused.
  await page.evaluate(`document.activeElement?.blur()`);
  await page.evaluate(SELECT_IN_BLOCK(block));
  await pause(400);
  await page.evaluate(WATCH_LONG_TASKS);
  const since = await page.evaluate<number>('performance.now()');
  const done = page.evaluate<{ painted: number; focused: number }>(ARM_PRESS_H(gloss));
  await page.keyboard.press('h');
  // A press that never shows (no keydown seen) is reported as not done, not fatal.
  const { painted, focused } = await step(page, 'press H', done).catch(() => ({
    painted: NaN,
    focused: NaN,
  }));
  await pause(300);
  return { painted, focused, longest: await longestTaskSince(page, since, since + focused + 50) };
}

/** Gloss: open the article from the library and use it as a reader would. */
export async function measureGloss(page: Page, url: string, article: CoreFigures): Promise<RendererFigures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.locator('html[data-gloss-ready="library"]').waitFor({ state: 'attached' });
  await pause(500);
  await page.evaluate(WATCH_LONG_TASKS);
  const openMs = await step(page, 'open the article', page.evaluate<number>(OPEN_ARTICLE(article.title)));
  await pause(1500);
  const openStart = await page.evaluate<number>('window.__openStart');
  const longestTaskMs = await longestTaskSince(page, openStart, openStart + openMs);
  const heap = await heapMB(cdp);

  // Ten jumps across the article, as a scrollbar drag or a search result would make them.
  await page.evaluate(FRAME_PROBE(article.markedBlocks));
  for (let i = 0; i < 10; i++) {
    await page.evaluate(`(() => {
      const scroller = document.querySelector('[data-testid="reader"]');
      scroller.scrollTop = ${(i * 7 + 3) % 10} / 10 * scroller.scrollHeight;
    })()`);
    await pause(400);
  }
  const { unmarkedFrames } = await page.evaluate<{ unmarkedFrames: number }>('window.__probe.stop()');

  // End, once, from the top: does it land at the end of the article?
  await page.evaluate(`document.querySelector('[data-testid="reader"]').scrollTop = 0`);
  await pause(300);
  const article$ = (await page.locator('.article').boundingBox())!;
  await page.mouse.click(article$.x + 4, article$.y + 300);
  await page.keyboard.press('End');
  await pause(800);
  const endInOnePress = await page.evaluate<boolean>(`(() => {
    const scroller = document.querySelector('[data-testid="reader"]');
    const blocks = document.querySelectorAll('[data-block]');
    const last = blocks[blocks.length - 1].getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    return scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2 && last.bottom <= view.bottom && last.top >= view.top;
  })()`);

  const middle = Math.floor((await page.locator('[data-block]').count()) / 2) + 1;
  const h = await pressH(page, true, middle);
  if (Number.isNaN(h.focused)) await page.screenshot({ path: '/tmp/gloss-bench-reader-press-h.png' });
  const note = page
    .locator(
      '[data-testid="highlight-card"]:focus [contenteditable="true"], [data-testid="highlight-card"] [contenteditable="true"]',
    )
    .first();
  await note.click({ timeout: 30_000 });
  const keys = await typing(page);
  await page.evaluate(`document.activeElement?.blur()`);
  const scroll = await wheel(page, cdp);
  await cdp.detach();
  return {
    openMs,
    longestTaskMs,
    unmarkedFrames,
    endInOnePress,
    pressHMs: h.painted,
    pressHFocusMs: h.focused,
    pressHTaskMs: h.longest,
    typingP50: keys.p50,
    typingP95: keys.p95,
    droppedFrames: scroll.dropped,
    wheelMainThreadMs: scroll.mainMs,
    heapMB: heap,
  };
}

/** `articles/get` over browser mode's HTTP transport, timed in the page as its client makes it. */
export interface WireFigures {
  /** From the request to the answer's headers: the core's work and its JSON.stringify. */
  firstByteMs: number;
  /** From the request to the answer parsed in the page. */
  totalMs: number;
  /** JSON.parse of the answer in the page. */
  parseMs: number;
  /** The answer's size on the wire. */
  wireMB: number;
}

/** `articles/get` for the article, 5 times in the Gloss page (after one warm-up call); medians. */
export async function measureWire(page: Page, url: string, article: CoreFigures): Promise<WireFigures> {
  const token = new URL(url).searchParams.get('token');
  await page.goto(url);
  await page.locator('html[data-gloss-ready="library"]').waitFor({ state: 'attached' });
  const samples = await page.evaluate<[number, number, number, number][]>(`(async () => {
    const samples = [];
    for (let i = 0; i < 6; i++) {
      const start = performance.now();
      const response = await fetch('/rpc', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ${token}' },
        body: JSON.stringify({ method: 'articles/get', params: { id: ${JSON.stringify(article.id)} } }),
      });
      const headers = performance.now();
      const body = await response.text();
      const received = performance.now();
      const answer = JSON.parse(body);
      const parsed = performance.now();
      if (!answer.result) throw new Error('articles/get failed: ' + body.slice(0, 200));
      if (i > 0) samples.push([headers - start, parsed - start, parsed - received, body.length]);
    }
    return samples;
  })()`);
  const median = (index: number) =>
    percentile(
      samples.map((sample) => sample[index]!),
      50,
    );
  return { firstByteMs: median(0), totalMs: median(1), parseMs: median(2), wireMB: median(3) / 2 ** 20 };
}

/** Only the first part: open from the library to the first frame with marks. */
export async function measureGlossOpen(page: Page, url: string, article: CoreFigures): Promise<number> {
  await page.goto(url);
  await page.locator('html[data-gloss-ready="library"]').waitFor({ state: 'attached' });
  await pause(500);
  return step(page, 'open the medium article', page.evaluate<number>(OPEN_ARTICLE(article.title)));
}

/** A static page: cold load to its first frame with marks, then the same reading steps. */
export async function measureStatic(
  page: Page,
  html: string,
  article: CoreFigures,
  full: boolean,
): Promise<Partial<RendererFigures>> {
  const address = `http://bench.invalid/static-${Math.random().toString(36).slice(2)}.html`;
  await page.route(address, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.addInitScript(WATCH_LONG_TASKS);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(address);
  await page.waitForFunction('window.__firstFrame !== undefined', undefined, { timeout: 120_000 });
  const openMs = await page.evaluate<number>('window.__firstFrame');
  await pause(500);
  const longestTaskMs = await longestTaskSince(page, 0, openMs);
  if (!full) return { openMs, longestTaskMs };
  const heap = await heapMB(cdp);
  const middle = Math.floor(article.staticArticle.blocks.length / 2) + 1;
  const h = await pressH(page, false, middle);
  await page.getByLabel('Note').click();
  const keys = await typing(page);
  await page.evaluate(`document.activeElement?.blur()`);
  const scroll = await wheel(page, cdp);
  await cdp.detach();
  return {
    openMs,
    longestTaskMs,
    pressHMs: h.painted,
    pressHFocusMs: h.focused,
    pressHTaskMs: h.longest,
    typingP50: keys.p50,
    typingP95: keys.p95,
    droppedFrames: scroll.dropped,
    wheelMainThreadMs: scroll.mainMs,
    heapMB: heap,
  };
}
