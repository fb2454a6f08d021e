import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../electron/contract/model';
import { PendingHighlights } from './pending-highlights';

const TEXT = 'The senator met the governor in Albany on Tuesday.';

/** A promise and the functions that settle it, so a test decides when the core answers. */
function answer<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const storedAs = (temporary: Highlight, id: string): Highlight => ({
  ...temporary,
  id,
  prefix: 'The ',
  suffix: ' met',
});

describe('PendingHighlights', () => {
  it('shows the selected passage at once, under an id no stored highlight has', () => {
    const pending = new PendingHighlights();
    const first = pending.optimistic('a1', TEXT, 4, 11, 'green');
    const second = pending.optimistic('a1', TEXT, 20, 28, 'yellow');
    expect(first).toMatchObject({ articleId: 'a1', start: 4, end: 11, exact: 'senator', color: 'green' });
    expect(first.note).toEqual({ markdown: '', editorState: null, updatedAt: null });
    expect(first.id).toContain(':');
    expect(second.id).not.toBe(first.id);
    expect(pending.unanswered(first)).toBe(true);
  });

  it('keeps the card key of the temporary id once the stored highlight replaces it', async () => {
    const pending = new PendingHighlights();
    const temporary = pending.optimistic('a1', TEXT, 4, 11, 'yellow');
    const core = answer<Highlight | null>();
    pending.track(temporary.id, core.promise);
    const stored = storedAs(temporary, 'Hx7');
    expect(pending.cardKey(stored)).toBe('Hx7');
    core.resolve(stored);
    expect(await pending.settle(temporary.id)).toBe('Hx7');
    expect(pending.cardKey(stored)).toBe(temporary.id);
    expect(pending.names(stored, temporary.id)).toBe(true);
    expect(pending.names(stored, 'Hx7')).toBe(true);
    expect(pending.names(stored, 'other')).toBe(false);
    expect(pending.unanswered(temporary)).toBe(false);
  });

  it('makes a call on a temporary id wait for the stored id', async () => {
    const pending = new PendingHighlights();
    const temporary = pending.optimistic('a1', TEXT, 4, 11, 'yellow');
    const core = answer<Highlight | null>();
    pending.track(temporary.id, core.promise);
    const order: string[] = [];
    const waiting = pending.settle(temporary.id).then((id) => order.push(`settled ${id}`));
    await Promise.resolve();
    order.push('core answers');
    core.resolve(storedAs(temporary, 'Hx7'));
    await waiting;
    expect(order).toEqual(['core answers', 'settled Hx7']);
  });

  it.each([
    ['a stored id', 'Hx7', 'Hx7'],
    ['an id it never made', 'pending:99', 'pending:99'],
  ])('settles %s as itself', async (_, id, expected) => {
    expect(await new PendingHighlights().settle(id)).toBe(expected);
  });

  it('refuses calls on a highlight the core did not store, and forgets it', async () => {
    const pending = new PendingHighlights();
    const temporary = pending.optimistic('a1', TEXT, 4, 11, 'yellow');
    pending.track(temporary.id, Promise.resolve(null));
    await expect(pending.settle(temporary.id)).rejects.toThrow('could not be saved');
    expect(pending.unanswered(temporary)).toBe(false);
  });
});
