import type { Highlight, HighlightColor } from '../../../electron/contract/model';

/** The id a highlight has from H until the core has stored it (never a core id: those have no colon). */
const PENDING_PREFIX = 'pending:';

/**
 * Highlights shown before the core has stored them (optimistic), and what ties each to the
 * stored one that replaces it. Pressing H puts a highlight with a temporary id in the list at
 * once, so its card renders and takes focus in the same frame; the core's answer then replaces
 * it. Its card keeps the temporary id as its key (`cardKey`) for the rest of the reader's life,
 * so the swap re-renders the card rather than remounting it: focus, caret and anything typed
 * stay. Calls made on a temporary id wait for the stored id (`settle`).
 */
export class PendingHighlights {
  private count = 0;
  private readonly waiting = new Map<string, Promise<string | null>>();
  private readonly open = new Set<string>();
  /** Stored id → the temporary id its card was keyed by. */
  private readonly keys = new Map<string, string>();

  /** A highlight of `text[start, end)` to show now, under a temporary id. */
  optimistic(articleId: string, text: string, start: number, end: number, color: HighlightColor): Highlight {
    const now = new Date().toISOString();
    const highlight: Highlight = {
      id: `${PENDING_PREFIX}${++this.count}`,
      articleId,
      color,
      start,
      end,
      exact: text.slice(start, end),
      // The core computes the quote's context; nothing shows these before its answer replaces them.
      prefix: '',
      suffix: '',
      anchor: 'position',
      note: { markdown: '', editorState: null, updatedAt: null },
      tags: [],
      createdAt: now,
      updatedAt: now,
    };
    this.open.add(highlight.id);
    return highlight;
  }

  /** Follow the core's answer for a temporary highlight: the stored one, or null if it failed. */
  track(temporaryId: string, stored: Promise<Highlight | null>): void {
    this.waiting.set(
      temporaryId,
      stored.then((highlight) => {
        this.open.delete(temporaryId);
        if (!highlight) return null;
        this.keys.set(highlight.id, temporaryId);
        return highlight.id;
      }),
    );
  }

  /** The stored id for `id` (itself unless it is temporary); rejects if the highlight was never stored. */
  async settle(id: string): Promise<string> {
    const waiting = this.waiting.get(id);
    if (!waiting) return id;
    const stored = await waiting;
    if (stored === null) throw new Error('The highlight could not be saved.');
    return stored;
  }

  /** The key a highlight's card keeps for its whole life: its first id. */
  cardKey(highlight: Highlight): string {
    return this.keys.get(highlight.id) ?? highlight.id;
  }

  /** Whether `id` names this highlight, by its stored or its temporary id. */
  names(highlight: Highlight, id: string): boolean {
    return highlight.id === id || this.keys.get(highlight.id) === id;
  }

  /** Whether the core has not answered for this highlight yet (it is not in any stored list). */
  unanswered(highlight: Highlight): boolean {
    return this.open.has(highlight.id);
  }
}
