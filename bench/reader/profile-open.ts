/**
 * `npx tsx bench/reader/profile-open.ts [long|medium]`: where opening an article goes. Imports
 * the bench article into a data dir kept in /tmp (GLOSS_PROFILE_DIR, reused by later runs),
 * opens it from the library in Chromium with a performance trace, and prints the main thread's
 * time by kind (script, style, layout, paint, GC) and the heaviest JS functions by self time.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { createLibrary } from '../../electron/core/library';
import { buildApp } from '../../scripts/build.mjs';
import { prepareArticle } from './core';
import type { ArticleSize } from './generate';
import { OPEN_ARTICLE, WATCH_LONG_TASKS } from './probes';
import { startGloss } from './start-gloss';

const root = path.resolve(import.meta.dirname, '../..');
const size = (process.argv[2] ?? 'long') as ArticleSize;
const dataDir = process.env.GLOSS_PROFILE_DIR ?? `/tmp/gloss-profile-${size}`;
const titleFile = path.join(dataDir, 'profile-title.txt');

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

async function prepare(): Promise<string> {
  if (existsSync(titleFile)) return readFileSync(titleFile, 'utf8');
  mkdirSync(dataDir, { recursive: true });
  const library = await createLibrary({ dataDir, seed: false, backfill: false });
  const figures = await prepareArticle(root, library, size);
  await library.close();
  writeFileSync(titleFile, figures.title);
  return figures.title;
}

/** Self time of the main thread's trace events, by kind, nested events subtracted. */
function byKind(events: TraceEvent[], from: number, to: number): Map<string, number> {
  const kinds: Record<string, string> = {
    FunctionCall: 'script',
    EvaluateScript: 'script',
    'V8.Execute': 'script',
    TimerFire: 'script',
    FireAnimationFrame: 'script',
    EventDispatch: 'script',
    RunMicrotasks: 'script',
    'v8.callFunction': 'script',
    ParseHTML: 'parse HTML',
    'TextResourceDecoder::Decode': 'decode answer',
    'v8.parseOnBackground': 'script',
    'IntersectionObserverController::computeIntersections': 'observers',
    'LocalFrameView::NotifyResizeObservers': 'observers',
    UpdateLayoutTree: 'style',
    Layout: 'layout',
    PrePaint: 'paint',
    Paint: 'paint',
    Layerize: 'paint',
    Commit: 'paint',
    UpdateLayer: 'paint',
    MinorGC: 'GC',
    MajorGC: 'GC',
    'V8.GC_SCAVENGER': 'GC',
    'BlinkGC.AtomicPhase': 'GC',
    'ResourceRequestSender::OnRequestComplete': 'network',
    'ResourceRequestSender::OnReceivedResponse': 'network',
  };
  const main = events.filter((e) => e.ph === 'X' && e.ts >= from && e.ts <= to);
  const result = new Map<string, number>();
  // Walk each top-level RunTask's children; a child's time is charged to the innermost kind.
  const sorted = main.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<TraceEvent, number>();
  const kindOf = new Map<TraceEvent, string>();
  const open: TraceEvent[] = [];
  for (const event of sorted) {
    while (open.length && open[open.length - 1]!.ts + (open[open.length - 1]!.dur ?? 0) <= event.ts)
      open.pop();
    const parent = open[open.length - 1];
    const kind = kinds[event.name] ?? (parent ? kindOf.get(parent)! : 'other');
    kindOf.set(event, kind);
    self.set(event, event.dur ?? 0);
    if (parent) self.set(parent, self.get(parent)! - (event.dur ?? 0));
    open.push(event);
  }
  for (const [event, time] of self) {
    const kind = kindOf.get(event)!;
    result.set(kind, (result.get(kind) ?? 0) + time / 1000);
  }
  return result;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function main(): Promise<void> {
  await buildApp({ quiet: true });
  const title = await prepare();
  const server = await startGloss(root, dataDir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(server.url);
    await page.locator('html[data-gloss-ready="library"]').waitFor({ state: 'attached' });
    await page.waitForTimeout(800);
    await page.evaluate(WATCH_LONG_TASKS);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink,loading',
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const openMs = await page.evaluate<number>(OPEN_ARTICLE(title));
    await page.waitForTimeout(1500);
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Tracing.end');
    await traced;
    const openStart = await page.evaluate<number>('window.__openStart');
    const tasks = await page.evaluate<[number, number][]>('window.__longTasks');
    console.log(`open → first frame with marks: ${openMs.toFixed(0)} ms`);
    console.log(
      `long tasks from the click (start ms after the click, duration): ${tasks
        .filter(([start]) => start >= openStart - 5)
        .map(([start, d]) => `${(start - openStart).toFixed(0)}+${d.toFixed(0)}`)
        .join(', ')}`,
    );

    // The renderer's main thread: the thread named CrRendererMain of the page's process.
    const mainThread = events.find(
      (e) =>
        e.name === 'thread_name' &&
        e.args?.name === 'CrRendererMain' &&
        events.some((x) => x.pid === e.pid && x.name === 'FunctionCall'),
    );
    const mine = events.filter((e) => mainThread && e.pid === mainThread.pid && e.tid === mainThread.tid);
    const click = mine.find(
      (e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string })?.type === 'click',
    );
    const from = click?.ts ?? Math.min(...mine.map((e) => e.ts));
    const to = from + openMs * 1000;
    const kinds = [...byKind(mine, from, to)].sort((a, b) => b[1] - a[1]);
    const line = (entries: [string, number][]) =>
      entries
        .filter(([, ms]) => ms >= 1)
        .map(([kind, ms]) => `${kind} ${ms.toFixed(0)}`)
        .join(', ');
    console.log(`\nmain thread, click → first frame with marks, by kind (ms): ${line(kinds)}`);
    // Each task over 10 ms on the way, by kind: where the open's time goes, in order.
    console.log('tasks over 10 ms (ms after the click, duration, by kind):');
    for (const task of mine.filter(
      (e) => e.name === 'RunTask' && e.ts >= from && e.ts <= to && (e.dur ?? 0) > 10_000,
    )) {
      const inner = [
        ...byKind(
          mine.filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur!),
          task.ts,
          task.ts + task.dur!,
        ),
      ];
      console.log(
        `  +${((task.ts - from) / 1000).toFixed(0).padStart(5)} ${(task.dur! / 1000).toFixed(0).padStart(4)} ms: ${line(inner.sort((a, b) => b[1] - a[1]))}`,
      );
    }

    // JS self time by function, in the open window.
    const nodes = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n as ProfileNode]));
    const selfTime = new Map<string, number>();
    let t = profile.startTime;
    const windowFrom = from;
    for (let i = 0; i < profile.samples!.length; i++) {
      t += profile.timeDeltas![i]!;
      if (t < windowFrom || t > to) continue;
      const node = nodes.get(profile.samples![i]!)!;
      const frame = node.callFrame;
      const key = `${frame.functionName || '(anonymous)'} ${path.basename(frame.url)}:${frame.lineNumber}`;
      selfTime.set(key, (selfTime.get(key) ?? 0) + profile.timeDeltas![i]! / 1000);
    }
    console.log('\nJS self time by function (top 25):');
    for (const [key, ms] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`  ${ms.toFixed(1).padStart(6)} ms ${key}`);
    writeFileSync(`/tmp/gloss-profile-${size}.cpuprofile`, JSON.stringify(profile));
    const heap = await cdp.send('Runtime.getHeapUsage');
    console.log(`\nJS heap now: ${(heap.usedSize / 2 ** 20).toFixed(1)} MB`);
    writeFileSync(`/tmp/gloss-profile-${size}.trace.json`, JSON.stringify({ traceEvents: events }));
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
