import type { Api, ArticleEntities } from '../../contract/api';
import type { EntityCorrection, EntityMention, EntityPage, EntityType } from '../../contract/model';
import { applyCorrections } from '../entities';
import { GlossError } from '../errors';
import type { Store } from '../storage/store';
import { checkCorrection } from './check-correction';
import { EntityIndex } from './entity-index';
import { entityPage, type MentioningArticle } from './entity-page';
import type { EntityJobs } from './entity-jobs';
import { newId, nowIso } from './ids';

type EntityMethods = Pick<
  Api,
  'entities/get' | 'entities/correct' | 'entities/uncorrect' | 'entities/articles' | 'entities/page'
>;

/** How long a call waits for detection before answering "running" (the UI then polls). */
const WAIT_FOR_DETECTION_MS = 1500;

/** Entities of one article with the user's corrections applied, and the library-wide index. */
export class EntitiesService {
  private readonly index = new EntityIndex();
  private indexFilled: Promise<void> | null = null;

  constructor(
    private readonly store: Store,
    private readonly jobs: EntityJobs,
  ) {
    jobs.onDetected((articleId) => {
      if (this.indexFilled) void this.reindex(articleId);
    });
  }

  /**
   * The article's entities, waiting up to `wait` ms for detection when it is not cached yet
   * (Infinity: until done). A failed detection answers with no entities and a 'failed' state.
   */
  async forArticle(articleId: string, wait = WAIT_FOR_DETECTION_MS): Promise<ArticleEntities> {
    const entry = this.store.entry(articleId);
    if (!entry) throw new GlossError('not-found', 'That article is no longer in the library.');
    const [content, notes] = await Promise.all([
      this.store.readContent(articleId),
      this.store.readNotes(articleId),
    ]);
    const job = this.jobs.detect(articleId, content.text, entry.publishedAt?.slice(0, 10) ?? null);
    job.catch(() => undefined);
    const waited = Number.isFinite(wait) ? Promise.race([job, delay(wait)]) : job;
    const detection = await waited.catch(() => null);
    if (!detection) {
      return {
        state: this.jobs.state(articleId),
        entities: [],
        entityList: [],
        corrections: notes.corrections,
      };
    }
    const corrected = applyCorrections(content.text, detection, notes.corrections);
    return {
      state: { status: 'ready' },
      entities: corrected.mentions,
      entityList: corrected.entities,
      corrections: notes.corrections,
    };
  }

  private async correct(articleId: string, correction: EntityCorrection): Promise<ArticleEntities> {
    const { text } = await this.store.readContent(articleId);
    // Reject, retype and merge name entities as the reader sees them: detection (done by the
    // time anyone can pick one) with the earlier corrections applied.
    const current = correction.kind === 'add' ? [] : (await this.forArticle(articleId, Infinity)).entityList;
    checkCorrection(text, current, correction);
    const stored = { id: newId(), createdAt: nowIso(), correction };
    await this.store.apply({ type: 'correction/added', articleId, correction: stored });
    await this.reindex(articleId);
    return this.forArticle(articleId);
  }

  private async uncorrect(articleId: string, correctionId: string): Promise<ArticleEntities> {
    await this.store.apply({ type: 'correction/removed', articleId, correctionId });
    await this.reindex(articleId);
    return this.forArticle(articleId);
  }

  /**
   * Bring the index up to date for one article. Never rejects: an article that cannot be read
   * (deleted meanwhile, its text damaged) is left out, and the rest of the index keeps working.
   */
  private async reindex(articleId: string): Promise<void> {
    try {
      const entry = this.store.entry(articleId);
      const detection = entry ? await this.jobs.cached(articleId) : null;
      if (!entry || !detection) return this.index.remove(articleId);
      const [content, notes] = await Promise.all([
        this.store.readContent(articleId),
        this.store.readNotes(articleId),
      ]);
      this.index.set(articleId, applyCorrections(content.text, detection, notes.corrections));
    } catch {
      this.index.remove(articleId);
    }
  }

  /** Fill the index from every article's cache the first time it is asked for. */
  private fillIndex(): Promise<void> {
    this.indexFilled ??= (async () => {
      for (const entry of this.store.list()) await this.reindex(entry.id);
    })();
    return this.indexFilled;
  }

  /** The articles that mention an entity (canonical name, any case, and type). */
  async articlesMentioning(name: string, type: EntityType): Promise<Set<string>> {
    await this.fillIndex();
    const entry = this.index.lookup(name, type, (id) => this.store.entry(id)?.title);
    return new Set(entry.articles.map((article) => article.articleId));
  }

  /** The entity's page: every article and passage that mentions it, its timeline, who appears with it. */
  private async page(name: string, type: EntityType): Promise<EntityPage> {
    const articles: MentioningArticle[] = [];
    for (const articleId of await this.articlesMentioning(name, type)) {
      const entry = this.store.entry(articleId);
      if (!entry) continue;
      try {
        const [content, found] = await Promise.all([
          this.store.readContent(articleId),
          this.forArticle(articleId, Number.POSITIVE_INFINITY),
        ]);
        articles.push({ entry, content, found });
      } catch {
        // An article whose text cannot be read is left off the page; the rest still shows.
      }
    }
    return entityPage(name.trim(), type, articles);
  }

  /** An article's mentions of an entity, corrections applied. */
  async mentionsIn(articleId: string, name: string, type: EntityType): Promise<EntityMention[]> {
    const found = await this.forArticle(articleId, Number.POSITIVE_INFINITY);
    const key = name.trim().toLowerCase();
    const ids = new Set(
      found.entityList
        .filter((entity) => entity.type === type && entity.name.toLowerCase() === key)
        .map((e) => e.id),
    );
    return found.entities.filter((mention) => ids.has(mention.entityId));
  }

  forget(articleId: string): void {
    this.index.remove(articleId);
  }

  methods(): EntityMethods {
    return {
      'entities/get': ({ articleId }) => this.forArticle(articleId),
      'entities/correct': ({ articleId, correction }) => this.correct(articleId, correction),
      'entities/uncorrect': ({ articleId, correctionId }) => this.uncorrect(articleId, correctionId),
      'entities/page': ({ name, type }) => this.page(name, type),
      'entities/articles': async ({ name, type }) => {
        await this.fillIndex();
        return this.index.lookup(name, type, (id) => this.store.entry(id)?.title);
      },
    };
  }
}

function delay(ms: number): Promise<null> {
  return new Promise((resolve) => setTimeout(() => resolve(null), ms).unref());
}
