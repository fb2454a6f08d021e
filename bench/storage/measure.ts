/** Timing helpers for the storage benchmark, and cold opens in fresh processes. */
import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** Run `work` once per item, one at a time; the duration of each in ms. */
export async function timeEach<T>(items: T[], work: (item: T) => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await work(item);
    samples.push(performance.now() - started);
  }
  return samples;
}

export interface ColdOpen {
  ms: number;
  peakRssMb: number;
}

/**
 * Let the kernel write out the freshly generated library first: otherwise its writeback (half
 * a gigabyte) lands in the middle of the measurements, and every fsync waits for it.
 */
export function settleDisk(): void {
  try {
    execFileSync('sync');
  } catch {
    // No `sync` command (Windows): measurements just start sooner.
  }
}

/** Bundle the probe once, so fresh processes run plain JavaScript like the packaged app. */
export async function bundleProbe(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'open-probe.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'open-probe.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
    // As in scripts/build.mjs: bundled CommonJS packages (yaml) require() Node built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}

/** Open the library `runs` times, each in a fresh process: median time, largest peak RSS. */
export async function coldOpen(
  probe: string,
  mode: 'sharded' | 'single',
  target: string,
  runs: number,
): Promise<ColdOpen> {
  const results: ColdOpen[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = await promisify(execFile)(process.execPath, [probe, mode, target], {
      maxBuffer: 1 << 20,
    });
    results.push(JSON.parse(stdout) as ColdOpen);
  }
  return {
    ms: percentile(
      results.map((r) => r.ms),
      50,
    ),
    peakRssMb: Math.max(...results.map((r) => r.peakRssMb)),
  };
}
