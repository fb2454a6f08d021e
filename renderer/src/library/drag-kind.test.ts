import { describe, expect, it } from 'vitest';
import { dragKind } from './drag-kind';
import type { DragKind } from './drag-kind';

describe('dragKind', () => {
  it.each<[string[], boolean, DragKind]>([
    [['Files'], false, 'files'],
    [['Files'], true, 'files'],
    // A file dragged from some file managers carries its path as a link too.
    [['text/uri-list', 'Files'], false, 'files'],
    [['text/uri-list', 'text/plain'], false, 'link'],
    [['text/plain'], false, 'refused'],
    [['text/html', 'text/plain'], true, 'text-into-field'],
    [['text/uri-list'], true, 'text-into-field'],
    [[], false, 'refused'],
  ])('%j over a text field: %s -> %s', (types, overTextField, kind) => {
    expect(dragKind(types, overTextField)).toBe(kind);
  });
});
