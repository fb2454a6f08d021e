import type { EntityState } from '../../contract/model';
import { DETECTOR_VERSION, type Detection, type EntityDetector } from '../entities';
import type { EntityCache, Store } from '../storage/store';

/** How many articles' detections stay in memory. */
const KEPT_DETECTIONS = 8;

/**
 * Entity detection per article, run by the worker-thread detector, cached with the article.
 * One job per article at a time; callers share it. Progress is kept so the UI can show it.
 */
export class EntityJobs {
  private readonly running = new Map<string, { promise: Promise<Detection>; progress: number }>();
  private readonly failed = new Map<string, string>();
  private readonly listeners = new Set<(articleId: string, detection: Detection) => void>();
  /**
   * Detections read lately, newest last: a long article's cache file takes far longer to parse
   * and check than the calls that need it (every `articles/get`, `entities/get`).
   */
  private readonly recent = new Map<string, Detection>();

  constructor(
    private readonly store: Store,
    private readonly detector: EntityDetector,
    /** Told when an article's detection starts, moves on (in steps of 5%), ends or fails. */
    private readonly onState: (articleId: string, state: EntityState) => void = () => undefined,
  ) {}

  /** Called with each fresh detection (for the library-wide entity index). */
  onDetected(listener: (articleId: string, detection: Detection) => void): void {
    this.listeners.add(listener);
  }

  /** The cached detection when it is current, else null. */
  async cached(articleId: string): Promise<Detection | null> {
    const kept = this.recent.get(articleId);
    if (kept) return this.keep(articleId, kept);
    const cache = await this.store.readEntityCache(articleId);
    return cache && cache.detectorVersion === DETECTOR_VERSION
      ? this.keep(articleId, { mentions: cache.mentions, entities: cache.entities })
      : null;
  }

  /** Drop what is kept of a deleted article. */
  forget(articleId: string): void {
    this.recent.delete(articleId);
  }

  private keep(articleId: string, detection: Detection): Detection {
    this.recent.delete(articleId);
    this.recent.set(articleId, detection);
    for (const old of this.recent.keys()) {
      if (this.recent.size <= KEPT_DETECTIONS) break;
      this.recent.delete(old);
    }
    return detection;
  }

  state(articleId: string): EntityState {
    const job = this.running.get(articleId);
    if (job) return { status: 'running', progress: job.progress };
    const message = this.failed.get(articleId);
    return message ? { status: 'failed', message } : { status: 'ready' };
  }

  /** Detection for an article: from the cache, the job already running, or a new job. */
  detect(articleId: string, text: string, published: string | null): Promise<Detection> {
    const existing = this.running.get(articleId);
    if (existing) return existing.promise;
    const job = { progress: 0, promise: Promise.resolve<Detection>({ mentions: [], entities: [] }) };
    let told = 0;
    // Only a detection that really runs is told: a cache hit answers quietly, or every
    // entities/get answering a 'ready' event would start another round of events.
    let announced = false;
    const tell = () => this.onState(articleId, this.state(articleId));
    job.promise = this.run(articleId, text, published, (fraction) => {
      job.progress = fraction;
      if (announced && fraction - told < 0.05) return;
      announced = true;
      told = fraction;
      tell();
    });
    this.running.set(articleId, job);
    this.failed.delete(articleId);
    // Told once the job is no longer running, so an entities/get after the event sees the result.
    job.promise.then(() => announced && tell(), tell);
    return job.promise;
  }

  private async run(
    articleId: string,
    text: string,
    published: string | null,
    onProgress: (fraction: number) => void,
  ): Promise<Detection> {
    try {
      const cached = await this.cached(articleId);
      if (cached) return cached;
      onProgress(0);
      const detection = await this.detector.detect(text, published, onProgress);
      const cache: EntityCache = { detectorVersion: DETECTOR_VERSION, ...detection };
      if (this.store.entry(articleId)) {
        await this.store.writeEntityCache(articleId, cache);
        this.keep(articleId, detection);
      }
      for (const listener of this.listeners) listener(articleId, detection);
      return detection;
    } catch (error) {
      this.failed.set(articleId, 'Entity detection failed for this article. Reopen it to try again.');
      throw error;
    } finally {
      this.running.delete(articleId);
    }
  }

  close(): Promise<void> {
    return this.detector.close();
  }
}
