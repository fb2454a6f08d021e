/**
 * What events cost on the write path: highlights added through the core's API (`highlights/create`,
 * dispatched as a window's call is), with nobody listening and with a window's event stream
 * open (`GET /events` on the browser-mode host, read by an EventSource in this process, as the
 * renderer reads it). The two kinds of rounds alternate, so drift of a loaded machine hits both.
 */
import { EventSource } from 'eventsource';
import { createLibrary } from '../../electron/core/library';
import type { EntityDetector } from '../../electron/core/entities';
import { seededRandom } from '../../electron/core/storage/test-helpers';
import { startHttpHost, type HttpHost } from '../../electron/host/http-host';
import { percentile, timeEach } from './measure';

export interface EventCost {
  withoutP50: number;
  withoutP95: number;
  withP50: number;
  withP95: number;
  /** `library/changed` events the stream delivered during its rounds (one per add expected). */
  heard: number;
  adds: number;
}

/** Highlight writes never wait for detection; the detector is not what is measured here. */
const noDetection: EntityDetector = {
  detect: () => Promise.resolve({ mentions: [], entities: [] }),
  close: () => Promise.resolve(),
};

const ROUNDS = 4;

function openStream(host: HttpHost): Promise<{ heard: () => number; close: () => void }> {
  let heard = 0;
  const source = new EventSource(`http://127.0.0.1:${host.port}/events`, {
    fetch: (input, init) =>
      fetch(input, { ...init, headers: { ...init.headers, Authorization: `Bearer ${host.token}` } }),
  });
  source.onmessage = (message) => {
    if ((JSON.parse(message.data as string) as { name: string }).name === 'library/changed') heard += 1;
  };
  return new Promise((resolve, reject) => {
    source.onopen = () => resolve({ heard: () => heard, close: () => source.close() });
    source.onerror = (error) => reject(new Error(`the event stream failed: ${error.message ?? ''}`));
  });
}

export async function eventCost(dataDir: string, ids: string[], samples: number): Promise<EventCost> {
  const library = await createLibrary({ dataDir, seed: false, backfill: false, detector: noDetection });
  const host = await startHttpHost({
    dispatch: library.dispatch,
    rendererDir: dataDir,
    subscribe: (listener) => library.subscribe(listener),
  });
  const random = seededRandom(11);
  const add = async (articleId: string) => {
    const start = Math.floor(random() * 2000);
    const answer = await library.dispatch('highlights/create', { articleId, start, end: start + 40 });
    if ('error' in answer) throw new Error(`highlights/create failed: ${answer.error.message}`);
  };
  const picks = (n: number) => Array.from({ length: n }, () => ids[Math.floor(random() * ids.length)]!);
  const without: number[] = [];
  const withStream: number[] = [];
  let heard = 0;
  try {
    const perRound = Math.ceil(samples / ROUNDS);
    for (let round = 0; round < ROUNDS; round++) {
      without.push(...(await timeEach(picks(perRound), add)));
      const stream = await openStream(host);
      withStream.push(...(await timeEach(picks(perRound), add)));
      // Let the last events arrive before counting (the stream is asynchronous).
      const deadline = Date.now() + 2000;
      while (stream.heard() < perRound && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      heard += stream.heard();
      stream.close();
    }
  } finally {
    await host.close();
    await library.close();
  }
  return {
    withoutP50: percentile(without, 50),
    withoutP95: percentile(without, 95),
    withP50: percentile(withStream, 50),
    withP95: percentile(withStream, 95),
    heard,
    adds: withStream.length,
  };
}
