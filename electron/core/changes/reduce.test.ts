import { DEFAULT_SETTINGS } from '../storage/model-schemas';
import { describe, expect, it } from 'vitest';
import type { StoredEntityRule } from '../../contract/model';
import {
  invert,
  reduceEntityLibrary,
  reduceLibrary,
  reduceNotes,
  refusal,
  ruleRefusal,
  type LibraryState,
  type NotesState,
} from './reduce';
import type {
  Change,
  EntityLibrary,
  EntityLibraryChange,
  LibraryChange,
  NotesChange,
  StoredHighlight,
} from './records';
import { HybridClock, parseClock } from './hlc';

const note = (markdown: string) => ({ markdown, editorState: null, updatedAt: '2026-01-01T00:00:00.000Z' });
const highlight = (id: string, color: StoredHighlight['color'] = 'yellow'): StoredHighlight => ({
  id,
  color,
  selector: { quote: { exact: 'word', prefix: '', suffix: '' }, position: { start: 0, end: 4 } },
  note: note(''),
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const correction = {
  id: 'c1',
  createdAt: '2026-01-01T00:00:00.000Z',
  correction: { kind: 'reject', entityId: 'e' },
};

const notesState = (): NotesState<{ id: string; tags: string[]; progress: number }> => ({
  entry: { id: 'a', tags: ['news'], progress: 0 },
  notes: {
    articleId: 'a',
    note: note('first'),
    highlights: [highlight('h1')],
    corrections: [correction as NotesState['notes']['corrections'][number]],
  },
});
const libraryState = (): LibraryState => ({
  settings: { ...DEFAULT_SETTINGS, exportEntities: 'tags' },
  tagColors: { news: 'red' },
});

const notesChanges: [string, NotesChange][] = [
  ['create a highlight', { type: 'highlight/created', articleId: 'a', highlight: highlight('h2') }],
  [
    'recolor a highlight',
    { type: 'highlight/updated', articleId: 'a', highlightId: 'h1', set: { color: 'blue' } },
  ],
  ['delete a highlight', { type: 'highlight/deleted', articleId: 'a', highlightId: 'h1' }],
  ['save the note', { type: 'note/saved', articleId: 'a', note: note('second') }],
  ['remove a correction', { type: 'correction/removed', articleId: 'a', correctionId: 'c1' }],
  ['tag the article', { type: 'article/updated', articleId: 'a', set: { tags: ['news', 'war'] } }],
];
const libraryChanges: [string, LibraryChange][] = [
  ['change the theme', { type: 'settings/updated', set: { theme: 'dark' } }],
  ['recolor a tag', { type: 'tag/colored', name: ' News ', color: 'blue' }],
  ['clear a tag color', { type: 'tag/colored', name: 'news', color: null }],
  ['color a new tag', { type: 'tag/colored', name: 'war', color: 'green' }],
];

describe('change reducers', () => {
  it.each(notesChanges)(
    '%s: changes the notes without mutating them, and its inverse puts them back',
    (_, change) => {
      const before = notesState();
      const frozen = structuredClone(before);
      const after = reduceNotes(before, change);
      expect(after).not.toEqual(before);
      expect(before).toEqual(frozen);
      const inverse = invert(change, before);
      expect(inverse).not.toBeNull();
      expect(reduceNotes(after, inverse as NotesChange)).toEqual(before);
    },
  );

  it.each(libraryChanges)('%s: changes the library state, and its inverse puts it back', (_, change) => {
    const before = libraryState();
    const after = reduceLibrary(before, change);
    expect(after).not.toEqual(before);
    const inverse = invert(change, before) as LibraryChange;
    expect(reduceLibrary(after, inverse)).toEqual(before);
  });

  it('changes nothing for a target that is gone (a replayed record), and a local write is refused', () => {
    const state = notesState();
    const gone: NotesChange[] = [
      { type: 'highlight/updated', articleId: 'a', highlightId: 'nope', set: { color: 'blue' } },
      { type: 'highlight/deleted', articleId: 'a', highlightId: 'nope' },
      { type: 'correction/removed', articleId: 'a', correctionId: 'nope' },
      { type: 'highlight/created', articleId: 'a', highlight: highlight('h1', 'pink') },
    ];
    for (const change of gone) {
      expect(reduceNotes(state, change)).toEqual(state);
      expect(refusal(state, change)?.code).toMatch(/not-found|invalid-params/);
    }
    expect(refusal(state, notesChanges[1]![1])).toBeNull();
  });

  it('inverts whole-article changes into each other', () => {
    const deleted: Change = { type: 'article/deleted', articleId: 'a', title: 'T' };
    expect(invert(deleted, null)).toEqual({ ...deleted, type: 'article/restored' });
    expect(invert({ ...deleted, type: 'article/imported' }, null)).toEqual(deleted);
  });
});

describe('hybrid logical clock', () => {
  it('orders events as strings even when the wall clock stands still or goes back', () => {
    let now = Date.parse('2026-05-01T10:00:00.000Z');
    const clock = new HybridClock('device-a', () => now);
    const seen = [clock.tick(), clock.tick()];
    now -= 5000;
    seen.push(clock.tick());
    clock.receive(new HybridClock('device-b', () => now + 60_000).tick());
    seen.push(clock.tick());
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(seen.length);
    expect(parseClock(seen[3]!)).toMatchObject({ wall: now + 60_000, device: 'device-a' });
  });
});

describe('changes to the library rules', () => {
  const stored = (id: string, name: string, createdAt: string): StoredEntityRule => ({
    id,
    createdAt,
    updatedAt: createdAt,
    rule: { kind: 'retype', name, type: 'person' },
  });
  const state = (): EntityLibrary => ({
    rules: [
      stored('r1', 'Klaas Knot', '2026-01-01T00:00:00.000Z'),
      stored('r2', 'TEU', '2026-01-02T00:00:00.000Z'),
    ],
    entityNotes: [],
  });
  const changes: [string, EntityLibraryChange][] = [
    ['add a rule', { type: 'rule/added', rule: stored('r3', 'Maersk', '2026-01-03T00:00:00.000Z') }],
    [
      'replace the rule about a name',
      { type: 'rule/added', rule: stored('r3', 'klaas  knot', '2026-01-03T00:00:00.000Z') },
    ],
    [
      'change a rule',
      {
        type: 'rule/updated',
        ruleId: 'r2',
        rule: { kind: 'reject', name: 'TEU' },
        updatedAt: '2026-01-04T00:00:00.000Z',
      },
    ],
    ['delete a rule', { type: 'rule/removed', ruleId: 'r1' }],
  ];

  it.each(changes)('%s, and undo it with its inverse', (_, change) => {
    const before = state();
    const after = reduceEntityLibrary(before, change);
    expect(after).not.toEqual(before);
    expect(before).toEqual(state());
    const inverse = invert(change, before) as EntityLibraryChange;
    expect(reduceEntityLibrary(after, inverse)).toEqual(before);
  });

  it('keeps one rule per name, in the order they were made', () => {
    const after = reduceEntityLibrary(state(), changes[1]![1]);
    expect(after.rules.map((rule) => rule.id)).toEqual(['r2', 'r3']);
  });

  it('refuses to change or delete a rule that is gone, and changes nothing replaying one', () => {
    const gone: EntityLibraryChange = { type: 'rule/removed', ruleId: 'nope' };
    expect(ruleRefusal(state(), gone)?.code).toBe('not-found');
    expect(reduceEntityLibrary(state(), gone)).toEqual(state());
    expect(ruleRefusal(state(), changes[0]![1])).toBeNull();
  });
});
