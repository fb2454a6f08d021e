import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeMentions } from '../../contract/codec/mention-columns';
import type { EntityCorrection, EntityType } from '../../contract/model';
import { GlossError } from '../errors';
import {
  base64,
  type NamePattern,
  openLibrary,
  patternDetector,
  useTempLibrary,
} from './temp-library.test-support';

/** Detection as the issue found it: Klaas Knot an organization, TEU one too, Lavrov alone. */
const FOUND: NamePattern[] = [
  [/Klaas Knot/g, 'Klaas Knot', 'organization'],
  [/TEU/g, 'TEU', 'organization'],
  [/Sergei Lavrov/g, 'Sergei Lavrov', 'person'],
  [/(?<!Sergei )Lavrov/g, 'Lavrov', 'person'],
  [/Rotterdam/g, 'Rotterdam', 'place'],
];
const detector = patternDetector(FOUND, (name, type) => `${type}:${name.toLowerCase().replace(/ /g, '-')}`);

describe('library rules', () => {
  const t = useTempLibrary('gloss-rules-', detector);

  const add = async (name: string, text: string) => {
    const { id } = await t.library['import/file']({ name, data: base64(text) });
    await t.library['entities/get']({ articleId: id });
    return id;
  };
  const entitiesOf = async (articleId: string) => (await t.library['entities/get']({ articleId })).entityList;
  const named = async (articleId: string, name: string) =>
    (await entitiesOf(articleId)).find((entity) => entity.name === name);

  it('retypes a name in every article, also one imported after the rule was made', async () => {
    const first = await add('a.txt', 'Central banks\n\nKlaas Knot spoke in Rotterdam on Monday.\n');
    const second = await add('b.txt', 'Rates\n\nThe Dutch central bank chief Klaas Knot warned again.\n');
    const knot = (await named(first, 'Klaas Knot'))!;
    expect(knot.type).toBe('organization');

    const answer = await t.library['entities/correct']({
      articleId: first,
      correction: { kind: 'retype', entityId: knot.id, name: knot.name, type: 'person' },
      scope: 'library',
    });
    expect(answer.entityList.find((entity) => entity.name === 'Klaas Knot')?.type).toBe('person');
    expect(answer.corrections).toEqual([]);
    expect(answer.rules.map((item) => item.rule.rule)).toEqual([
      { kind: 'retype', name: 'Klaas Knot', type: 'person' },
    ]);
    expect((await named(second, 'Klaas Knot'))?.type).toBe('person');

    const later = await add('c.txt', 'Later\n\nKlaas Knot said nothing more.\n');
    expect((await named(later, 'Klaas Knot'))?.type).toBe('person');
  });

  it('marks a name detection missed in every article once added with library scope', async () => {
    const text = 'Carriers\n\nHapag-Lloyd and Maersk cut rates in Rotterdam.\n';
    const first = await add('a.txt', text);
    const second = await add('b.txt', 'Alliances\n\nThe Gemini deal left Hapag-Lloyd out.\n');
    expect(await named(second, 'Hapag-Lloyd')).toBeUndefined();
    const start = text.indexOf('Hapag-Lloyd');
    await t.library['entities/correct']({
      articleId: first,
      correction: { kind: 'add', start, end: start + 'Hapag-Lloyd'.length, type: 'organization' },
      scope: 'library',
    });
    const found = await t.library['entities/get']({ articleId: second });
    const { text: secondText } = await t.library['articles/get']({ id: second });
    const mention = decodeMentions(secondText, found.mentions, found.entityList).find(
      (m) => m.text === 'Hapag-Lloyd',
    );
    expect(mention).toMatchObject({ type: 'organization' });
    expect(found.entityList.find((entity) => entity.id === mention?.entityId)?.name).toBe('Hapag-Lloyd');
  });

  it('never marks a rejected name anywhere, and an article can switch the rule off', async () => {
    const first = await add('a.txt', 'Shipping\n\nRotterdam moved 14 million TEU last year.\n');
    const second = await add('b.txt', 'Boxes\n\nA ship of 24,000 TEU called at Rotterdam.\n');
    const teu = (await named(first, 'TEU'))!;
    await t.library['entities/correct']({
      articleId: first,
      correction: { kind: 'reject', entityId: teu.id, name: 'TEU' },
      scope: 'library',
    });
    expect(await named(first, 'TEU')).toBeUndefined();
    expect(await named(second, 'TEU')).toBeUndefined();
    expect(await named(second, 'Rotterdam')).toBeDefined();

    const [rule] = await t.library['entities/rules']({});
    const exempted = await t.library['entities/correct']({
      articleId: second,
      correction: { kind: 'exempt', ruleId: rule!.id },
    });
    expect(exempted.entityList.map((entity) => entity.name)).toContain('TEU');
    expect(exempted.rules).toEqual([{ rule, exemptionId: exempted.corrections[0]!.id }]);
    expect(await named(first, 'TEU')).toBeUndefined();
  });

  it('joins two names into one entity across the library, and the entity page follows', async () => {
    const first = await add('a.txt', 'Talks\n\nSergei Lavrov met his counterpart. Sergei Lavrov smiled.\n');
    const second = await add('b.txt', 'More talks\n\nLavrov said the talks went well.\n');
    const both = await add('c.txt', 'Both\n\nSergei Lavrov arrived. Later Lavrov left.\n');
    const lavrov = (await named(both, 'Lavrov'))!;
    const sergei = (await named(both, 'Sergei Lavrov'))!;
    await t.library['entities/correct']({
      articleId: both,
      correction: { kind: 'merge', entityId: lavrov.id, intoEntityId: sergei.id },
      scope: 'library',
    });
    expect((await entitiesOf(both)).map((entity) => entity.name)).toEqual(['Sergei Lavrov']);
    expect((await entitiesOf(second)).map((entity) => entity.name)).toEqual(['Sergei Lavrov']);
    const page = await t.library['entities/page']({ name: 'Sergei Lavrov', type: 'person' });
    expect(page.articles.map((article) => article.articleId).sort()).toEqual([first, second, both].sort());
    expect((await t.library['entities/page']({ name: 'Lavrov', type: 'person' })).articles).toEqual([]);
  });

  it("lets an article's own correction override a rule", async () => {
    const first = await add('a.txt', 'One\n\nKlaas Knot spoke.\n');
    const second = await add('b.txt', 'Two\n\nKlaas Knot, the foundation, spoke.\n');
    const knot = (await named(first, 'Klaas Knot'))!;
    await t.library['entities/correct']({
      articleId: first,
      correction: { kind: 'retype', entityId: knot.id, name: knot.name, type: 'person' },
      scope: 'library',
    });
    const there = (await named(second, 'Klaas Knot'))!;
    await t.library['entities/correct']({
      articleId: second,
      correction: { kind: 'retype', entityId: there.id, name: there.name, type: 'organization' },
    });
    expect((await named(second, 'Klaas Knot'))?.type).toBe('organization');
    expect((await named(first, 'Klaas Knot'))?.type).toBe('person');
  });

  it('edits, deletes and restores rules; one rule per name, the newest wins', async () => {
    const first = await add('a.txt', 'One\n\nKlaas Knot spoke about TEU.\n');
    const knot = (await named(first, 'Klaas Knot'))!;
    const retype = (type: EntityType) =>
      t.library['entities/correct']({
        articleId: first,
        correction: { kind: 'retype', entityId: knot.id, name: knot.name, type },
        scope: 'library',
      });
    await retype('person');
    await retype('place');
    const rules = await t.library['entities/rules']({});
    expect(rules.map((item) => item.rule)).toEqual([{ kind: 'retype', name: 'Klaas Knot', type: 'place' }]);

    const updated = await t.library['entities/updateRule']({
      id: rules[0]!.id,
      rule: { kind: 'retype', name: 'Klaas Knot', type: 'person' },
    });
    expect(updated[0]!.id).toBe(rules[0]!.id);
    expect((await named(first, 'Klaas Knot'))?.type).toBe('person');

    const deleted = await t.library['entities/deleteRule']({ id: rules[0]!.id });
    expect(await t.library['entities/rules']({})).toEqual([]);
    expect((await named(first, 'Klaas Knot'))?.type).toBe('organization');
    await t.library['entities/restoreRule']({ rule: deleted });
    expect((await named(first, 'Klaas Knot'))?.type).toBe('person');
    await expect(t.library['entities/deleteRule']({ id: 'gone' })).rejects.toThrow(GlossError);
  });

  it('refuses rules that cannot hold and switching off a rule that is gone', async () => {
    const first = await add('a.txt', 'One\n\nKlaas Knot spoke.\n');
    const update = await t.library.dispatch('entities/updateRule', {
      id: 'abc',
      rule: { kind: 'merge', name: 'Knot', into: 'knot', type: 'person' },
    });
    expect(update).toMatchObject({ error: { code: 'invalid-params' } });
    const exempt = await t.library.dispatch('entities/correct', {
      articleId: first,
      correction: { kind: 'exempt', ruleId: 'nosuchrule' },
    });
    expect(exempt).toMatchObject({ error: { code: 'not-found' } });
    const widened = await t.library.dispatch('entities/correct', {
      articleId: first,
      correction: { kind: 'exempt', ruleId: 'nosuchrule' },
      scope: 'library',
    });
    expect(widened).toMatchObject({ error: { code: 'not-found' } });
    expect(await t.library['entities/rules']({})).toEqual([]);
  });

  it('keeps rules across restarts, and survives a damaged rules file from its previous version', async () => {
    const first = await add('a.txt', 'One\n\nKlaas Knot spoke about TEU.\n');
    const teu = (await named(first, 'TEU'))!;
    await t.library['entities/correct']({
      articleId: first,
      correction: { kind: 'reject', entityId: teu.id, name: 'TEU' },
      scope: 'library',
    });
    const knot = (await named(first, 'Klaas Knot'))!;
    await t.library['entities/correct']({
      articleId: first,
      correction: { kind: 'retype', entityId: knot.id, name: knot.name, type: 'person' },
      scope: 'library',
    });
    await t.library.close();
    t.library = await openLibrary(t.dataDir, detector);
    expect((await t.library['entities/rules']({})).map((item) => item.rule.kind)).toEqual([
      'reject',
      'retype',
    ]);

    await t.library.close();
    const file = path.join(t.dataDir, 'entity-library.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ schemaVersion: 2 });
    await writeFile(file, '{"schemaVersion": 2, "rules": [');
    t.library = await openLibrary(t.dataDir, detector);
    // The previous version (before the retype rule) comes back, and the user is told.
    expect((await t.library['entities/rules']({})).map((item) => item.rule.kind)).toEqual(['reject']);
    const status = await t.library['library/status']({});
    expect(status.notices.map((notice) => notice.message).join(' ')).toMatch(/entity rules/);
  });

  it('keeps a note on an entity, shows it on its page and exports it in the entity note', async () => {
    await add('a.txt', 'Talks\n\nSergei Lavrov met his counterpart in Rotterdam.\n');
    const saved = await t.library['entities/saveNote']({
      name: 'sergei lavrov',
      type: 'person',
      note: { markdown: 'Foreign minister since **2004**.' },
    });
    expect(saved.markdown).toBe('Foreign minister since **2004**.');
    const page = await t.library['entities/page']({ name: 'Sergei Lavrov', type: 'person' });
    expect(page.note.markdown).toBe('Foreign minister since **2004**.');
    expect((await t.library['entities/page']({ name: 'Sergei Lavrov', type: 'place' })).note.markdown).toBe(
      '',
    );

    const { data } = await t.library['export/library']({ entityNotes: true });
    const files = unzipSync(Buffer.from(data, 'base64'));
    const notePath = Object.keys(files).find((file) => file.endsWith('People/Sergei Lavrov.md'))!;
    const note = strFromU8(files[notePath]!);
    expect(note).toMatch(
      /# Sergei Lavrov\n\n## Notes\n\nForeign minister since \*\*2004\*\*\.\n\n## Articles/,
    );

    await t.library.close();
    t.library = await openLibrary(t.dataDir, detector);
    const kept = await t.library['entities/page']({ name: 'Sergei Lavrov', type: 'person' });
    expect(kept.note.markdown).toBe('Foreign minister since **2004**.');
    await t.library['entities/saveNote']({ name: 'Sergei Lavrov', type: 'person', note: { markdown: '' } });
    expect((await t.library['entities/page']({ name: 'Sergei Lavrov', type: 'person' })).note.markdown).toBe(
      '',
    );
  });

  it('refuses an entity note saved from a stale version with conflict, and undoes a save to the version before', async () => {
    await add('a.txt', 'Talks\n\nSergei Lavrov met his counterpart in Rotterdam.\n');
    const lavrov = { name: 'Sergei Lavrov', type: 'person' as const };
    const first = await t.library['entities/saveNote']({
      ...lavrov,
      note: { markdown: 'One', basedOn: null },
    });
    // Another window, still on the never-saved note, saves its own text: refused, nothing lost.
    await expect(
      t.library['entities/saveNote']({ ...lavrov, note: { markdown: 'Two', basedOn: null } }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await t.library['entities/page'](lavrov)).note.markdown).toBe('One');
    // Based on what is stored, it is saved.
    await t.library['entities/saveNote']({
      ...lavrov,
      note: { markdown: 'Three', basedOn: first.updatedAt },
    });
    expect((await t.library['entities/page'](lavrov)).note.markdown).toBe('Three');
    // An undo in the window that saved it goes back to the version before (not refused as stale).
    const saveAgain = await t.library.dispatch(
      'entities/saveNote',
      {
        ...lavrov,
        note: { markdown: 'Four', basedOn: (await t.library['entities/page'](lavrov)).note.updatedAt },
      },
      { origin: 'w1' },
    );
    expect(saveAgain).not.toHaveProperty('error');
    expect(await t.library.dispatch('history/undo', {}, { origin: 'w1' })).not.toHaveProperty('error');
    expect((await t.library['entities/page'](lavrov)).note.markdown).toBe('Three');
  });

  it('adds an alias to an entity from its page: the other name becomes it across the library', async () => {
    const first = await add('a.txt', 'Talks\n\nSergei Lavrov met his counterpart.\n');
    const second = await add('b.txt', 'More\n\nLavrov said the talks went well.\n');
    await t.library['entities/addRule']({
      rule: { kind: 'merge', name: 'Lavrov', into: 'Sergei Lavrov', type: 'person' },
    });
    const page = await t.library['entities/page']({ name: 'Sergei Lavrov', type: 'person' });
    expect(page.articles.map((article) => article.articleId).sort()).toEqual([first, second].sort());
    expect(page.aliases).toContain('Lavrov');
    expect(page.aliasRules.map((item) => item.rule)).toEqual([
      { kind: 'merge', name: 'Lavrov', into: 'Sergei Lavrov', type: 'person' },
    ]);
  });

  it('applies the rules in search: a rejected name is no org: value, a retyped one has its new type, merged names find each other, also after a restart', async () => {
    const port = await add('a.txt', 'Shipping\n\nKlaas Knot said Rotterdam moved 14 million TEU.\n');
    const both = await add('b.txt', 'Talks\n\nSergei Lavrov arrived. Later Lavrov left.\n');
    await add('c.txt', 'More talks\n\nLavrov said the talks went well.\n');
    const titles = async (query: string) =>
      (await t.library['search/query']({ query })).articles.map((article) => article.title).sort();
    expect(await titles('org:TEU')).toEqual(['Shipping']);
    expect(await titles('org:"Klaas Knot"')).toEqual(['Shipping']);
    expect(await titles('person:"Sergei Lavrov"')).toEqual(['Talks']);

    const correct = async (articleId: string, correction: EntityCorrection) =>
      t.library['entities/correct']({ articleId, correction, scope: 'library' });
    await correct(port, { kind: 'reject', entityId: (await named(port, 'TEU'))!.id, name: 'TEU' });
    const knot = (await named(port, 'Klaas Knot'))!;
    await correct(port, { kind: 'retype', entityId: knot.id, name: knot.name, type: 'person' });
    const lavrov = (await named(both, 'Lavrov'))!;
    const sergei = (await named(both, 'Sergei Lavrov'))!;
    await correct(both, { kind: 'merge', entityId: lavrov.id, intoEntityId: sergei.id });

    const expected = async () => {
      expect(await titles('org:TEU')).toEqual([]);
      expect(await titles('TEU')).toEqual(['Shipping']); // still a word of the text
      expect(await titles('org:"Klaas Knot"')).toEqual([]);
      expect(await titles('person:"Klaas Knot"')).toEqual(['Shipping']);
      expect(await titles('person:"Sergei Lavrov"')).toEqual(['More talks', 'Talks']);
    };
    await expected();
    await t.library.close();
    t.library = await openLibrary(t.dataDir, detector);
    await expected();
  });
});
