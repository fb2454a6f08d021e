import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntityMention } from '../../../electron/contract/model';
import type { IntervalIndex } from './interval-index';
import type { ReaderController } from './reader-controller';
import type { EntityData } from './use-entities';

export interface MentionStepper {
  /** The mention marked as current, if any. */
  focused: EntityMention | null;
  /** Go to the next (1) or previous (-1) mention: of the chosen entity, or of any shown type. */
  step: (direction: 1 | -1) => void;
  show: (mention: EntityMention) => void;
  clear: () => void;
}

/**
 * Steps through entity mentions with `[` / `]` or the Entities tab's arrows, marking the
 * current one in the text (a focus layer, no DOM change) and scrolling it into view.
 */
export function useMentionStepper(
  controller: ReaderController,
  data: EntityData | null,
  visibleMentions: IntervalIndex<EntityMention>,
  entityId: string | null,
): MentionStepper {
  const [focused, setFocused] = useState<EntityMention | null>(null);
  const position = useRef<number | null>(null);

  const show = useCallback(
    (mention: EntityMention) => {
      position.current = mention.start;
      setFocused(mention);
      controller.focus(mention);
      controller.scrollTo(mention.start, mention.end);
    },
    [controller],
  );

  const clear = useCallback(() => {
    position.current = null;
    setFocused(null);
    controller.focus(null);
  }, [controller]);

  const step = useCallback(
    (direction: 1 | -1) => {
      const from =
        position.current ?? (direction === 1 ? controller.topOffset() - 1 : controller.topOffset());
      const own = entityId ? (data?.mentionsOf.get(entityId) ?? []) : null;
      let target: EntityMention | null | undefined;
      if (own) {
        target = direction === 1 ? own.find((m) => m.start > from) : own.findLast((m) => m.start < from);
        // Wrap around: stepping through one entity is a loop.
        target ??= direction === 1 ? own[0] : own[own.length - 1];
      } else {
        const { items } = visibleMentions;
        target =
          (direction === 1 ? visibleMentions.next(from) : visibleMentions.previous(from)) ??
          (direction === 1 ? items[0] : items[items.length - 1]);
      }
      if (target) show(target);
    },
    [controller, data, visibleMentions, entityId, show],
  );

  // Mentions move when corrections change them: drop a current mark that no longer exists.
  useEffect(() => {
    if (focused && !data?.entities.some((m) => m.start === focused.start && m.entityId === focused.entityId))
      clear();
  }, [data, focused, clear]);

  return { focused, step, show, clear };
}
