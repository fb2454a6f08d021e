import { useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { ArticleView, EntityMention, EntityType, Highlight } from '../../../electron/contract/model';
import type { ArticleDom } from './article-dom';
import { PAINT_LAYERS, entityLayer } from '../common/vocabulary';
import { highlightMarks, sameMarks } from './highlight-marks';
import { Painter, type PaintMark } from './painter';
import type { ReaderController } from './reader-controller';
import { TextMap } from './text-map';

/**
 * Wires the rendered article to a Painter and the controller, and keeps the painted marks in
 * step with entities, highlights and hidden types. Layout effects: the first screen's marks are
 * built before the first paint, so the article never shows up unmarked and then flickers.
 */
export function usePainter(
  article: ArticleView | null,
  dom: ArticleDom,
  scroller: RefObject<HTMLElement | null>,
  controller: ReaderController,
  mentions: readonly EntityMention[] | undefined,
  highlights: readonly Highlight[],
  hiddenTypes: readonly EntityType[],
): Painter | null {
  const [painter, setPainter] = useState<Painter | null>(null);

  useLayoutEffect(() => {
    const scrollElement = scroller.current;
    if (!article || !scrollElement) return;
    // The article's DOM is mounted by now (ArticleBody's layout effect runs before this one).
    const map = new TextMap(article.blocks, dom, article.text.length);
    const created = new Painter(map, scrollElement, PAINT_LAYERS);
    controller.attach(map, created, scrollElement);
    setPainter(created);
    return () => {
      controller.detach();
      created.dispose();
      setPainter(null);
    };
  }, [article, dom, scroller, controller]);

  useLayoutEffect(() => {
    painter?.setMarks(
      'entities',
      (mentions ?? []).map((mention) => ({
        start: mention.start,
        end: mention.end,
        layer: entityLayer(mention.type),
      })),
    );
  }, [painter, mentions]);

  // Saving a note or tags gives every highlight array a new identity; only a change of where or
  // in which color they are repaints (repainting makes Blink rebuild the article's markers).
  const paintedHighlights = useRef<{ painter: Painter; marks: PaintMark[] } | null>(null);
  useLayoutEffect(() => {
    if (!painter) return;
    const marks = highlightMarks(highlights);
    const last = paintedHighlights.current;
    if (last?.painter === painter && sameMarks(last.marks, marks)) return;
    paintedHighlights.current = { painter, marks };
    painter.setMarks('highlights', marks);
  }, [painter, highlights]);

  useLayoutEffect(() => {
    painter?.setHidden(hiddenTypes.map(entityLayer));
  }, [painter, hiddenTypes]);

  // Start observing only after marks are in: the synchronous first-screen paint includes them.
  useLayoutEffect(() => {
    painter?.start();
  }, [painter]);

  return painter;
}
