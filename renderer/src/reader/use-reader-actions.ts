import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type {
  ArticleView,
  EntityMention,
  EntityType,
  Highlight,
  HighlightColor,
} from '../../../electron/contract/model';
import { call } from '../api/client';
import { saveTextFile } from '../api/save-file';
import { navigate, type ArticleField } from '../common/route';
import { useToasts } from '../common/toast-context';
import { flushAllSaves } from '../editor/pending-saves';
import type { NotesFocus } from '../panel/NotesTab';
import type { PanelTab } from '../panel/SidePanel';
import type { IntervalIndex } from './interval-index';
import type { ReaderController } from './reader-controller';
import type { ArticleSelection } from './use-article-selection';
import type { EntityData } from './use-entities';
import type { CorrectionActions } from './use-entity-corrections';
import type { HighlightActions } from './use-highlights';
import type { MentionStepper } from './use-mention-stepper';
import { useReaderShortcuts } from './use-reader-shortcuts';

interface Inputs {
  article: ArticleView;
  at: number | null;
  openAtHighlight: string | null;
  openAtField: ArticleField | null;
  controller: ReaderController;
  painterReady: boolean;
  data: EntityData | null;
  selection: ArticleSelection | null;
  highlightIndex: IntervalIndex<Highlight>;
  actions: HighlightActions;
  stepper: MentionStepper;
  corrections: CorrectionActions;
  selectedEntityId: string | null;
  setSelectedEntityId: (id: string | null) => void;
  filterRef: RefObject<HTMLInputElement | null>;
}

/** What the reader's controls do: panel state, highlighting, jumping, export, shortcuts. */
export function useReaderActions(inputs: Inputs) {
  const { article, controller, data, selection, actions, stepper, setSelectedEntityId } = inputs;
  const { notify, reportError } = useToasts();
  const [tab, setTab] = useState<PanelTab>('notes');
  const [panelOpen, setPanelOpen] = useState(false);
  const [notesFocus, setNotesFocus] = useState<NotesFocus | null>(null);
  const [articleTags, setArticleTags] = useState(article.tags);
  const [exporting, setExporting] = useState(false);
  const highlightPosition = useRef<number | null>(null);

  const showPanel = useCallback((next: PanelTab) => {
    setTab(next);
    setPanelOpen(true);
  }, []);

  const openHighlight = useCallback(
    (highlight: Highlight, fresh = false) => {
      showPanel('notes');
      highlightPosition.current = highlight.start;
      setNotesFocus({ kind: 'highlight', id: highlight.id, nonce: Math.random(), fresh });
    },
    [showPanel],
  );

  /** The Notes tab with the article's note editor or tag input in view and focused. */
  const openArticleField = useCallback(
    (field: ArticleField) => {
      showPanel('notes');
      setNotesFocus({ kind: field, nonce: Math.random() });
    },
    [showPanel],
  );

  const jumpToHighlight = useCallback(
    (highlight: Highlight) => {
      highlightPosition.current = highlight.start;
      controller.scrollTo(highlight.start, highlight.end);
      controller.flash(highlight.start, highlight.end);
    },
    [controller],
  );

  const openMention = useCallback(
    (mention: EntityMention) => {
      showPanel('entities');
      setSelectedEntityId(mention.entityId);
      stepper.show(mention);
    },
    [showPanel, setSelectedEntityId, stepper],
  );

  const selectEntity = useCallback(
    (entityId: string | null) => {
      setSelectedEntityId(entityId);
      const first = entityId ? data?.mentionsOf.get(entityId)?.[0] : undefined;
      if (first) stepper.show(first);
      else stepper.clear();
    },
    [data, setSelectedEntityId, stepper],
  );

  const highlightSelection = useCallback(
    (color: HighlightColor) => {
      if (!selection) return false;
      // In the list, painted and its card focused in this frame; the core's answer follows.
      const { highlight } = actions.create(selection.start, selection.end, color);
      window.getSelection()?.removeAllRanges();
      openHighlight(highlight, true);
      return true;
    },
    [selection, actions, openHighlight],
  );

  const addEntity = useCallback(
    (type: EntityType) => {
      if (!selection) return;
      void inputs.corrections
        .correct({ kind: 'add', start: selection.start, end: selection.end, type })
        .then((ok) => {
          if (ok) window.getSelection()?.removeAllRanges();
        });
    },
    [selection, inputs.corrections],
  );

  const stepHighlight = useCallback(
    (direction: 1 | -1) => {
      const from = highlightPosition.current ?? controller.topOffset() - (direction === 1 ? 1 : 0);
      const { items } = inputs.highlightIndex;
      // Wrap around at either end, like stepping through search results.
      const target =
        (direction === 1 ? inputs.highlightIndex.next(from) : inputs.highlightIndex.previous(from)) ??
        (direction === 1 ? items[0] : items[items.length - 1]);
      if (!target) return;
      jumpToHighlight(target);
      openHighlight(target);
    },
    [controller, inputs.highlightIndex, jumpToHighlight, openHighlight],
  );

  const back = useCallback(() => {
    void flushAllSaves().finally(() => navigate({ name: 'library' }));
  }, []);

  const exportNotes = useCallback(() => {
    setExporting(true);
    flushAllSaves()
      .then(() => call('export/markdown', { articleId: article.id }))
      .then(async ({ fileName, markdown }) => {
        if (await saveTextFile(fileName, markdown))
          notify({ tone: 'success', message: `Exported your notes as ${fileName}.` });
      })
      .catch((error: unknown) => reportError(error, 'Could not export'))
      .finally(() => setExporting(false));
  }, [article.id, notify, reportError]);

  // Opened from the entity index: show that passage instead of the saved reading position.
  useLayoutEffect(() => {
    if (!inputs.painterReady || inputs.at === null) return;
    const at = inputs.at;
    const mention = article.mentions.start.indexOf(at);
    const end = mention >= 0 ? article.mentions.end[mention]! : article.text.indexOf(' ', at + 1);
    controller.scrollTo(at, end > at ? end : at + 1, 'instant');
    controller.flash(at, end > at ? end : at + 1);
  }, [inputs.painterReady, inputs.at, article, controller]);

  // Opened from library search: show that highlight, with its card focused in the panel.
  const openedAt = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = inputs.openAtHighlight;
    if (!inputs.painterReady || id === null || openedAt.current === id) return;
    const target = article.highlights.find((highlight) => highlight.id === id);
    if (!target) return;
    openedAt.current = id;
    highlightPosition.current = target.start;
    if (target.anchor !== 'orphan') {
      controller.scrollTo(target.start, target.end, 'instant');
      controller.flash(target.start, target.end);
    }
    openHighlight(target);
  }, [inputs.painterReady, inputs.openAtHighlight, article, controller, openHighlight]);

  // Opened from library search at the article's note or tags: that field focused in the panel.
  const openedAtField = useRef<ArticleField | null>(null);
  useEffect(() => {
    const field = inputs.openAtField;
    if (!inputs.painterReady || field === null || openedAtField.current === field) return;
    openedAtField.current = field;
    openArticleField(field);
  }, [inputs.painterReady, inputs.openAtField, openArticleField]);

  // A retype or merge gives the entity a new id: keep the same name selected if it still exists.
  const selectedName = useRef<string | null>(null);
  useEffect(() => {
    const id = inputs.selectedEntityId;
    if (!id || !data) return;
    const entity = data.byId.get(id);
    if (entity) selectedName.current = entity.name;
    else setSelectedEntityId(data.entityList.find((item) => item.name === selectedName.current)?.id ?? null);
  }, [data, inputs.selectedEntityId, setSelectedEntityId]);

  useReaderShortcuts({
    highlight: highlightSelection,
    stepMention: stepper.step,
    stepHighlight,
    showTab: (next, focusFilter) => {
      showPanel(next);
      if (focusFilter) requestAnimationFrame(() => inputs.filterRef.current?.focus());
    },
    back,
    escape: () => {
      if (selection) window.getSelection()?.removeAllRanges();
      else if (stepper.focused) stepper.clear();
      else if (inputs.selectedEntityId) setSelectedEntityId(null);
      else if (panelOpen) setPanelOpen(false);
      else return false;
      return true;
    },
  });

  return {
    tab,
    setTab,
    panelOpen,
    setPanelOpen,
    notesFocus,
    articleTags,
    setArticleTags,
    exporting,
    openHighlight,
    jumpToHighlight,
    openMention,
    selectEntity,
    highlightSelection,
    addEntity,
    back,
    exportNotes,
  };
}
