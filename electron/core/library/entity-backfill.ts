import type { Store } from '../storage/store';
import type { EntityJobs } from './entity-jobs';

/**
 * Detects entities, one article at a time, for every article whose cache is missing or was
 * made by an older detector, so the library-wide entity index covers articles never opened.
 * It runs in the background on the detector's worker; an article the user opens joins the
 * worker's queue behind at most the one article being done here.
 */
export class EntityBackfill {
  private stopped = false;
  private done: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly jobs: EntityJobs,
  ) {}

  start(): void {
    this.done = this.run().catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.done;
  }

  private async run(): Promise<void> {
    for (const entry of this.store.list()) {
      if (this.stopped) return;
      if (!this.store.entry(entry.id) || (await this.jobs.cached(entry.id))) continue;
      const { text } = await this.store.readContent(entry.id).catch(() => ({ text: null }));
      if (this.stopped || text === null) continue;
      await this.jobs.detect(entry.id, text, entry.publishedAt?.slice(0, 10) ?? null).catch(() => undefined);
    }
  }
}
