import { afterAll, describe, expect, it } from 'vitest';
import { createEntityDetector, detectEntities } from './index';

const ARTICLE =
  'Russian Foreign Minister Sergey Lavrov met Chinese President Xi Jinping in Beijing on Tuesday. Lavrov praised China.';

describe('detection in a worker thread', () => {
  const detector = createEntityDetector();
  afterAll(() => detector.close());

  it('gives the same result as detection in this thread', async () => {
    const inWorker = await detector.detect(ARTICLE, '2024-04-09');
    expect(inWorker).toEqual(detectEntities(ARTICLE, { published: '2024-04-09' }));
    expect(inWorker.mentions.map((m) => m.text)).toContain('Xi Jinping');
  });

  it('processes a 200,000-word text with rising progress, leaving this thread free', async () => {
    const paragraph = `${ARTICLE} The talks in Moscow went on for hours. `.repeat(10);
    const text = Array.from({ length: 1600 }, () => paragraph).join('\n\n');
    expect(text.split(/\s+/).length).toBeGreaterThan(200_000);
    const progress: number[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const detection = await detector.detect(text, null, (f) => progress.push(f));
    clearInterval(timer);
    expect(detection.mentions.filter((m) => m.text === 'Lavrov').length).toBe(16_000);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    // The calling thread's timers kept firing while the worker ran.
    expect(ticks).toBeGreaterThan(3);
  });

  it('runs requests one after another and answers each', async () => {
    const texts = ['Angela Merkel visited Paris.', 'Toyota opened a plant in Kentucky.', 'Nothing here.'];
    const results = await Promise.all(texts.map((t) => detector.detect(t, null)));
    expect(results.map((r) => r.mentions.map((m) => m.text))).toEqual(
      texts.map((t) => detectEntities(t).mentions.map((m) => m.text)),
    );
  });

  it('refuses work after close', async () => {
    const other = createEntityDetector();
    await other.close();
    await expect(other.detect(ARTICLE, null)).rejects.toThrow(/closed/);
  });
});
