import { spawnSync } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEntitiesCli } from './entities';

async function run(lines: string[]): Promise<{ code: number; out: unknown[]; err: string }> {
  const output = new PassThrough();
  const errors = new PassThrough();
  const chunks: string[] = [];
  const errChunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString()));
  errors.on('data', (c: Buffer) => errChunks.push(c.toString()));
  const code = await runEntitiesCli(Readable.from([lines.join('\n')]), output, errors);
  const out = chunks
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as unknown);
  return { code, out, err: errChunks.join('') };
}

const SEED = {
  id: 'seed',
  text: 'Sergey Lavrov met Wang Yi in Beijing on Tuesday.',
  published: '2024-04-09',
};

describe('entities CLI', () => {
  it('writes one line per input with offsets into the text', async () => {
    const { code, out } = await run([JSON.stringify(SEED)]);
    expect(code).toBe(0);
    const [line] = out as {
      id: string;
      entities: { start: number; end: number; type: string; text: string; entityId: string }[];
    }[];
    expect(line!.id).toBe('seed');
    for (const e of line!.entities) expect(SEED.text.slice(e.start, e.end)).toBe(e.text);
    expect(line!.entities).toContainEqual({
      start: SEED.text.indexOf('Tuesday'),
      end: SEED.text.indexOf('Tuesday') + 7,
      type: 'date',
      text: 'Tuesday',
      entityId: 'date:2024-04-09',
    });
    expect(line!.entities.map((e) => e.type)).toContain('place');
  });

  it.each([
    ['not json', /line 1: not valid JSON/],
    ['[1,2]', /line 1: expected a JSON object/],
    ['{"text":"x"}', /line 1: "id" must be a string/],
    ['{"id":"a"}', /line 1: "text" must be a string \(id "a"\)/],
    ['{"id":"a","text":"x","published":"April"}', /line 1: "published" must be a YYYY-MM-DD date/],
  ])('reports the bad line %s on stderr and goes on', async (bad, message) => {
    const { code, out, err } = await run([bad, JSON.stringify({ id: 'ok', text: 'Paris is big.' })]);
    expect(err).toMatch(message);
    expect(out.map((o) => (o as { id: string }).id)).toEqual(['ok']);
    expect(code).toBe(1);
  });

  it('keeps offsets in UTF-16 code units past astral characters', async () => {
    const text = '😀😀 Angela Merkel visited Paris.';
    const { out } = await run([JSON.stringify({ id: 1, text })]);
    const [line] = out as { id: number; entities: { start: number; end: number; text: string }[] }[];
    expect(line!.id).toBe(1);
    for (const e of line!.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(line!.entities.map((e) => e.text)).toContain('Paris');
  });

  it('runs as `npm run --silent entities`', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const result = spawnSync('npm', ['run', '--silent', 'entities'], {
      cwd: root,
      input: `${JSON.stringify(SEED)}\n{bad\n`,
      encoding: 'utf8',
    });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: 'seed' });
    expect(result.stderr).toMatch(/line 2: not valid JSON/);
    expect(result.status).toBe(1);
  });
});
