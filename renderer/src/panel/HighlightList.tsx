import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Highlight } from '../../../electron/contract/model';
import type { HighlightActions } from '../reader/use-highlights';
import { HighlightCard } from './HighlightCard';

/** A card's height before it is measured (quote, empty note, tags). */
const ESTIMATED_CARD_PX = 190;
/** The space between cards. */
const GAP_PX = 12;

/**
 * The highlight cards, virtualised: only the cards near the panel's viewport are rendered
 * (measured as they render, so notes of any length fit), plus the active one wherever it is,
 * so focusing a card far down renders it alone, not every card before it. An article with two
 * thousand highlights keeps a few dozen cards in the DOM. Bringing the active card into view
 * and focusing it is the Notes tab's (it is in the DOM by then).
 */
export function HighlightList({
  highlights,
  activeId,
  activeIsNew,
  actions,
  onJump,
}: {
  highlights: Highlight[];
  activeId: string | null;
  /** The active card is a highlight just made: what is typed on it starts its note. */
  activeIsNew: boolean;
  actions: HighlightActions;
  onJump: (highlight: Highlight) => void;
}) {
  const list = useRef<HTMLDivElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  const activeIndex = activeId ? highlights.findIndex((highlight) => actions.names(highlight, activeId)) : -1;

  // The panel body scrolls; the list starts below the article note, at `margin` in it.
  useLayoutEffect(() => {
    const element = list.current;
    const parent = element?.closest<HTMLElement>('.panel-body') ?? null;
    setScroller(parent);
    if (element && parent) {
      setMargin(element.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop);
    }
  }, []);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < 0 || indexes.includes(activeIndex)) return indexes;
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );

  const virtualizer = useVirtualizer({
    count: highlights.length,
    getScrollElement: () => scroller,
    estimateSize: () => ESTIMATED_CARD_PX,
    // A new highlight's card keeps its key when the core's answer replaces it (pending-highlights.ts).
    getItemKey: (index) => actions.cardKey(highlights[index]!),
    gap: GAP_PX,
    overscan: 4,
    scrollMargin: margin,
    rangeExtractor,
  });

  return (
    <div
      ref={list}
      className="highlight-list"
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const highlight = highlights[item.index]!;
        return (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className="highlight-slot"
            style={{ transform: `translateY(${item.start - margin}px)` }}
          >
            <HighlightCard
              highlight={highlight}
              active={activeIndex === item.index}
              isNew={activeIsNew && activeIndex === item.index}
              actions={actions}
              onJump={onJump}
            />
          </div>
        );
      })}
    </div>
  );
}
