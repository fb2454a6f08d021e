import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DurableJsonAdapter } from './durable-adapter';
import { sweepTempFiles } from './durable-write';
import { tempDataDir } from './test-helpers';
import { writeFileSync } from 'node:fs';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function dataDir() {
  const { dir, cleanup } = tempDataDir();
  cleanups.push(cleanup);
  return dir;
}

describe('DurableJsonAdapter', () => {
  it('groups a burst of writes, and every caller resolves with its data on disk', async () => {
    const dir = dataDir();
    const file = path.join(dir, 'doc.json');
    let writes = 0;
    const adapter = new DurableJsonAdapter<{ n: number }>(file, { onWritten: () => writes++ });
    const seen: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        adapter
          .write({ n })
          .then(() => seen.push((JSON.parse(readFileSync(file, 'utf8')) as { n: number }).n)),
      ),
    );
    expect(seen.every((value, i) => value >= i)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ n: 49 });
    expect(writes).toBe(2);
    expect(readdirSync(dir)).toEqual(['doc.json']);
  });

  it('keeps the replaced version when asked, and fails with a plain storage error', async () => {
    const dir = dataDir();
    const file = path.join(dir, 'doc.json');
    const adapter = new DurableJsonAdapter<{ v: number }>(file, { keepPrevious: `${file}.bak` });
    await adapter.write({ v: 1 });
    await adapter.write({ v: 2 });
    expect(JSON.parse(readFileSync(`${file}.bak`, 'utf8'))).toEqual({ v: 1 });

    const broken = new DurableJsonAdapter<{ v: number }>(path.join(dir, 'missing-folder', 'doc.json'));
    const first = broken.write({ v: 1 });
    const queued = broken.write({ v: 2 });
    await expect(first).rejects.toMatchObject({ code: 'storage-error' });
    await expect(queued).rejects.toMatchObject({ code: 'storage-error' });
  });

  it('sweeps temp files a killed writer left behind', async () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, '.notes.json.tmp'), '{"half');
    writeFileSync(path.join(dir, 'notes.json'), '{}');
    expect(await sweepTempFiles(dir)).toBe(1);
    expect(readdirSync(dir)).toEqual(['notes.json']);
  });
});
