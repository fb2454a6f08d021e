import { describe, expect, it } from 'vitest';
import type { ImportedArticle } from '../../../electron/contract/model';
import { VersionQuestions, type VersionQuestion } from './version-question';

const article = (title: string) => ({ id: title, title, existing: 'changed' }) as ImportedArticle;

describe('VersionQuestions', () => {
  it('asks one question at a time, oldest first, and each answer goes to its own import', async () => {
    let shown: readonly VersionQuestion[] = [];
    const questions = new VersionQuestions((list) => (shown = list));
    const first = questions.ask(article('First'));
    const second = questions.ask(article('Second'));
    expect(shown.map((question) => question.article.title)).toEqual(['First', 'Second']);

    shown[0]!.answer('version');
    expect(shown.map((question) => question.article.title)).toEqual(['Second']);
    shown[0]!.answer('separate');
    expect(shown).toEqual([]);
    await expect(first).resolves.toBe('version');
    await expect(second).resolves.toBe('separate');
  });

  it('keeps the first answer: the dialog closing afterwards does not cancel it', async () => {
    let shown: readonly VersionQuestion[] = [];
    const questions = new VersionQuestions((list) => (shown = list));
    const asked = questions.ask(article('Only'));
    const question = shown[0]!;
    question.answer('version');
    question.answer('cancel');
    await expect(asked).resolves.toBe('version');
  });
});
