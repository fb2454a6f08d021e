import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../electron/contract/model';
import { mentionSnippet } from './MentionList';

const text =
  'Title line\n\nBeijing: Chinese President Xi Jinping met Russia’s Foreign Minister Sergei Lavrov in Beijing in a show of mutual support and shared opposition to Western democracies.\n\nNext paragraph.';
const at = (name: string): EntityMention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type: 'person', text: name, entityId: 'x' };
};

describe('mention snippets', () => {
  it('cuts long context on word boundaries with ellipses', () => {
    const { before, after } = mentionSnippet(text, at('Sergei Lavrov'));
    expect(before).toMatch(/^…\S/);
    expect(before.endsWith('Minister ')).toBe(true);
    expect(after.startsWith(' in Beijing')).toBe(true);
    expect(after).toMatch(/\S…$/);
  });

  it('stops at the paragraph start without an ellipsis', () => {
    const { before } = mentionSnippet(text, at('Chinese President'));
    expect(before).toBe('Beijing: ');
  });

  it('stops at the paragraph end without an ellipsis', () => {
    const { after } = mentionSnippet(text, at('Western'));
    expect(after).toBe(' democracies.');
  });
});
