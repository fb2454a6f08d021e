import type { Api, ArticleEntities } from '../../contract/api';
import { encodeMentions } from '../../contract/codec/mention-columns';
import type {
  ArticleRule,
  CorrectionScope,
  EntityCorrection,
  EntityMention,
  EntityPage,
  EntityType,
  Note,
  StoredEntityCorrection,
  StoredEntityRule,
} from '../../contract/model';
import { entityNoteOf } from '../changes/reduce';
import { applyCorrections, correctDetection, nameKey } from '../entities';
import { GlossError } from '../errors';
import type { EntityLibraryChange } from '../changes/records';
import type { Store } from '../storage/store';
import { checkCorrection } from './check-correction';
import { checkRule, newRule, ruleFromCorrection, trimmedRule } from './entity-rules';
import { EntityIndex } from './entity-index';
import { entityPage, type MentioningArticle } from './entity-page';
import type { EntityJobs } from './entity-jobs';
import { newId, nowIso } from './ids';

type EntityMethods = Pick<
  Api,
  | 'entities/get'
  | 'entities/correct'
  | 'entities/uncorrect'
  | 'entities/articles'
  | 'entities/page'
  | 'entities/rules'
  | 'entities/saveNote'
  | 'entities/addRule'
  | 'entities/updateRule'
  | 'entities/deleteRule'
  | 'entities/restoreRule'
>;

/** An article's entities as the core works with them: the mentions as objects. */
export interface FoundEntities extends Omit<ArticleEntities, 'mentions'> {
  entities: EntityMention[];
}

/** What `entities/get` and the corrections answer: the mentions as columns (MentionColumns). */
export function toArticleEntities({ entities, ...found }: FoundEntities): ArticleEntities {
  return { ...found, mentions: encodeMentions(entities, found.entityList) };
}

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
    // However a change came (a call, or an undo applying its inverse), the index follows it.
    store.subscribe(({ record: { change } }) => {
      if (change.type.startsWith('rule/')) this.reindexAll();
      else if (change.type === 'article/deleted') this.forget(change.articleId);
      else if (change.type.startsWith('correction/') || change.type === 'article/restored')
        if (this.indexFilled && 'articleId' in change) void this.reindex(change.articleId);
    });
  }

  /**
   * The article's entities, waiting up to `wait` ms for detection when it is not cached yet
   * (Infinity: until done). A failed detection answers with no entities and a 'failed' state.
   */
  async forArticle(articleId: string, wait = WAIT_FOR_DETECTION_MS): Promise<FoundEntities> {
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
        rules: [],
      };
    }
    const { rules } = this.store.entityLibrary();
    const corrected = correctDetection(content.text, detection, notes.corrections, rules);
    return {
      state: { status: 'ready' },
      entities: corrected.detection.mentions,
      entityList: corrected.detection.entities,
      corrections: notes.corrections,
      rules: articleRules(rules, corrected.appliedRules, notes.corrections),
    };
  }

  private async correct(
    articleId: string,
    correction: EntityCorrection,
    scope: CorrectionScope,
  ): Promise<FoundEntities> {
    const { text } = await this.store.readContent(articleId);
    // Reject, retype and merge name entities as the reader sees them: detection (done by the
    // time anyone can pick one) with the rules and earlier corrections applied.
    const current =
      correction.kind === 'add' || correction.kind === 'exempt'
        ? []
        : (await this.forArticle(articleId, Infinity)).entityList;
    checkCorrection(text, current, correction, this.store.entityLibrary().rules);
    if (scope === 'library') {
      const rule = ruleFromCorrection(text, current, correction);
      checkRule(rule);
      await this.changeRules({ type: 'rule/added', rule: newRule(rule) });
      return this.forArticle(articleId);
    }
    const stored = { id: newId(), createdAt: nowIso(), correction };
    await this.store.apply({ type: 'correction/added', articleId, correction: stored });
    await this.reindex(articleId);
    return this.forArticle(articleId);
  }

  /** Change the library's rules; every article's entities follow. */
  private async changeRules(change: EntityLibraryChange): Promise<void> {
    await this.store.apply(change);
  }

  /** After a rule changed: the index is rebuilt (lookups wait for it) if it was in use. */
  private reindexAll(): void {
    if (!this.indexFilled) return;
    const previous = this.indexFilled;
    this.indexFilled = (async () => {
      await previous;
      for (const entry of this.store.list()) await this.reindex(entry.id);
    })();
  }

  private async uncorrect(articleId: string, correctionId: string): Promise<FoundEntities> {
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
      const { rules } = this.store.entityLibrary();
      this.index.set(articleId, applyCorrections(content.text, detection, notes.corrections, rules));
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
    const page = entityPage(name.trim(), type, articles);
    const library = this.store.entityLibrary();
    const note = entityNoteOf(library, { type, name });
    const aliasRules = library.rules.filter(
      ({ rule }) => rule.kind === 'merge' && rule.type === type && nameKey(rule.into) === nameKey(name),
    );
    return { ...page, note: note ?? { markdown: '', editorState: null, updatedAt: null }, aliasRules };
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
    this.jobs.forget(articleId);
  }

  methods(): EntityMethods {
    return {
      'entities/get': async ({ articleId }) => toArticleEntities(await this.forArticle(articleId)),
      'entities/correct': async ({ articleId, correction, scope }) =>
        toArticleEntities(await this.correct(articleId, correction, scope ?? 'article')),
      'entities/rules': () => Promise.resolve([...this.store.entityLibrary().rules]),
      'entities/addRule': async ({ rule }) => {
        checkRule(rule);
        await this.changeRules({ type: 'rule/added', rule: newRule(rule) });
        return [...this.store.entityLibrary().rules];
      },
      'entities/saveNote': async ({ name, type, note }) => {
        const saved: Note = {
          markdown: note.markdown,
          editorState: note.editorState ?? null,
          updatedAt: nowIso(),
        };
        const change = {
          type: 'entity-note/saved' as const,
          entity: { type, name: name.trim() },
          note: saved,
        };
        await this.store.apply(note.basedOn === undefined ? change : { ...change, basedOn: note.basedOn });
        return saved;
      },
      'entities/updateRule': async ({ id, rule }) => {
        checkRule(rule);
        await this.changeRules({
          type: 'rule/updated',
          ruleId: id,
          rule: trimmedRule(rule),
          updatedAt: nowIso(),
        });
        return [...this.store.entityLibrary().rules];
      },
      'entities/deleteRule': async ({ id }) => {
        const rule = this.store.entityLibrary().rules.find((stored) => stored.id === id);
        if (!rule) throw new GlossError('not-found', 'That library rule was already deleted.');
        await this.changeRules({ type: 'rule/removed', ruleId: id });
        return rule;
      },
      'entities/restoreRule': async ({ rule }) => {
        checkRule(rule.rule);
        await this.changeRules({ type: 'rule/added', rule: { ...rule, rule: trimmedRule(rule.rule) } });
        return [...this.store.entityLibrary().rules];
      },
      'entities/uncorrect': async ({ articleId, correctionId }) =>
        toArticleEntities(await this.uncorrect(articleId, correctionId)),
      'entities/page': ({ name, type }) => this.page(name, type),
      'entities/articles': async ({ name, type }) => {
        await this.fillIndex();
        return this.index.lookup(name, type, (id) => this.store.entry(id)?.title);
      },
    };
  }
}

/** The rules that changed the article, and those it switched off, in the library's order. */
function articleRules(
  rules: readonly StoredEntityRule[],
  applied: readonly string[],
  corrections: readonly StoredEntityCorrection[],
): ArticleRule[] {
  const exemptions = new Map<string, string>();
  for (const { id, correction } of corrections)
    if (correction.kind === 'exempt') exemptions.set(correction.ruleId, id);
  const bearing = new Set(applied);
  return rules
    .filter((rule) => bearing.has(rule.id) || exemptions.has(rule.id))
    .map((rule) => ({ rule, exemptionId: exemptions.get(rule.id) ?? null }));
}

function delay(ms: number): Promise<null> {
  return new Promise((resolve) => setTimeout(() => resolve(null), ms).unref());
}
