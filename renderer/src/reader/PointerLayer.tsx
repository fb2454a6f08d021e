import type { RefObject } from 'react';
import type { Entity } from '../../../electron/contract/model';
import { EntityTooltip } from './EntityTooltip';
import type { ReaderController } from './reader-controller';
import { usePointerMarks } from './use-pointer-marks';
import type { PointerTargets } from './use-pointer-marks';

/**
 * Hover and click on marks, with its own state: moving the pointer over the article re-renders
 * this tooltip only, never the reader or the side panel.
 */
export function PointerLayer({
  scroller,
  controller,
  targets,
  entities,
}: {
  scroller: RefObject<HTMLElement | null>;
  controller: ReaderController;
  targets: PointerTargets;
  entities: ReadonlyMap<string, Entity> | undefined;
}) {
  const hover = usePointerMarks(scroller, controller, targets);
  return hover ? <EntityTooltip hover={hover} entity={entities?.get(hover.mention.entityId)} /> : null;
}
