import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleView } from '../../../electron/contract/model';
import { useReadySignal } from '../common/ready';
import type { ArticleField } from '../common/route';
import { useReadingFont } from '../common/reading-prefs';
import { useSettings } from '../common/settings-context';
import { readerTextStyle } from '../reader-text/reader-text-style';
import { EntitiesTab } from '../panel/EntitiesTab';
import { NotesTab } from '../panel/NotesTab';
import { SidePanel } from '../panel/SidePanel';
import { ArticleBody } from './ArticleBody';
import { ArticleDom } from './article-dom';
import { ArticleHeader } from './ArticleHeader';
import { EntityLegend } from './EntityLegend';
import { EntityProgress } from './EntityProgress';
import { IntervalIndex } from './interval-index';
import { PointerLayer } from './PointerLayer';
import { FindBar } from '../find/FindBar';
import { ReaderController } from './reader-controller';
import { ReaderHeader } from './ReaderHeader';
import { SelectionToolbar } from './SelectionToolbar';
import { TextLostNotice } from './TextLostNotice';
import { VersionWaitingNotice } from './VersionWaitingNotice';
import { useArticleSelection } from './use-article-selection';
import { useEntities } from './use-entities';
import { useEntityCorrections } from './use-entity-corrections';
import { useHighlights } from './use-highlights';
import { useMentionStepper } from './use-mention-stepper';
import { usePainter } from './use-painter';
import { useReaderActions } from './use-reader-actions';
import { restoredOffset, useReadingProgress } from './use-reading-progress';

/** The text offset the reader opens at: a passage or highlight the route names, else where the reader stopped. */
function openingOffset(article: ArticleView, at: number | null, highlight: string | null): number {
  if (at !== null) return at;
  const target = highlight === null ? undefined : article.highlights.find((item) => item.id === highlight);
  if (target) return target.start;
  return highlight === null ? (restoredOffset(article) ?? 0) : 0;
}

/** The reading view: the article with its marks, and the side panel with notes and entities. */
export function Reader({
  article,
  at,
  highlight,
  focus,
  onReload,
  versionWaiting = false,
  onShowVersion,
}: {
  article: ArticleView;
  /** Read the article again (its text was restored). */
  onReload: () => void;
  /** A new version of the article waits for the user to finish typing (use-article.ts). */
  versionWaiting?: boolean;
  onShowVersion?: () => void;
  at: number | null;
  /** Open at this highlight (from library search): scrolled to it, its card focused. */
  highlight: string | null;
  /** Open at the article's note or tags (from library search): the Notes tab, that field focused. */
  focus: ArticleField | null;
}) {
  const { settings } = useSettings();
  const controller = useMemo(() => new ReaderController(), []);
  const dom = useMemo(() => new ArticleDom(article.text, article.blocks, article.marks), [article]);
  // Built first: where the route or the saved reading position opens the article.
  const [openAt] = useState(() => openingOffset(article, at, highlight));
  const scroller = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const [font, toggleFont] = useReadingFont();
  const { data, replace } = useEntities(article, versionWaiting);
  const { highlights, note, actions } = useHighlights(article, versionWaiting);
  const [selectedEntityId, setSelectedEntityId] = useState<string | null>(null);

  const hidden = settings.hiddenEntityTypes;
  const visibleMentions = useMemo(
    () => new IntervalIndex((data?.entities ?? []).filter((mention) => !hidden.includes(mention.type))),
    [data, hidden],
  );
  const highlightIndex = useMemo(
    () => new IntervalIndex(highlights.filter((highlight) => highlight.anchor !== 'orphan')),
    [highlights],
  );

  const painter = usePainter(article, dom, scroller, controller, data?.entities, highlights, hidden);
  useReadingProgress(article, painter !== null, scroller, controller, at !== null || highlight !== null);
  const selection = useArticleSelection(body, scroller, controller, article.text);
  const stepper = useMentionStepper(controller, data, visibleMentions, selectedEntityId);
  const corrections = useEntityCorrections(article.id, article.text, data, replace);
  const ui = useReaderActions({
    article,
    at,
    openAtHighlight: highlight,
    openAtField: focus,
    controller,
    painterReady: painter !== null,
    data,
    selection,
    highlightIndex,
    actions,
    stepper,
    corrections,
    selectedEntityId,
    setSelectedEntityId,
    filterRef,
  });

  useEffect(() => {
    document.title = `${article.title} · Gloss`;
  }, [article.title]);
  useReadySignal('reader', painter !== null);

  const focused = stepper.focused;
  const focusedEntity = focused ? data?.byId.get(focused.entityId) : undefined;
  return (
    <div className={`reader-layout${ui.panelOpen ? ' panel-open' : ''}`} style={readerTextStyle(settings)}>
      <ReaderHeader
        article={article}
        title={article.title}
        onBack={ui.back}
        onExport={ui.exportNotes}
        exporting={ui.exporting}
        font={font}
        onToggleFont={toggleFont}
        panelOpen={ui.panelOpen}
        onTogglePanel={() => ui.setPanelOpen(!ui.panelOpen)}
      />
      <div className="reader-body">
        <main
          ref={scroller}
          className="reader-scroll"
          aria-label="Article"
          data-entities={data?.state.status ?? 'loading'}
          data-testid="reader"
        >
          <div className="reader-toolbar">
            <EntityLegend mentions={data?.entities ?? []} />
            {data && <EntityProgress state={data.state} />}
            <FindBar controller={controller} text={article.text} />
            {versionWaiting && onShowVersion && <VersionWaitingNotice onShow={onShowVersion} />}
          </div>
          <article className="article">
            <ArticleHeader article={article} />
            {article.textLost && (
              <TextLostNotice articleId={article.id} lost={article.textLost} onRestored={onReload} />
            )}
            <div ref={body}>
              <ArticleBody dom={dom} openAt={openAt} />
            </div>
          </article>
          {selection && (
            <SelectionToolbar
              selection={selection}
              onHighlight={ui.highlightSelection}
              onAddEntity={ui.addEntity}
            />
          )}
        </main>
        <SidePanel
          tab={ui.tab}
          onTab={ui.setTab}
          open={ui.panelOpen}
          counts={{ notes: highlights.length, entities: data?.entityList.length ?? 0 }}
          notes={
            <NotesTab
              article={article}
              note={note ?? article.note}
              articleTags={ui.articleTags}
              onArticleTags={ui.setArticleTags}
              highlights={highlights}
              actions={actions}
              active={ui.notesFocus}
              onJump={ui.jumpToHighlight}
            />
          }
          entities={
            <EntitiesTab
              articleId={article.id}
              text={article.text}
              data={data}
              selectedId={selectedEntityId}
              onSelect={ui.selectEntity}
              stepper={stepper}
              corrections={corrections}
              selection={selection}
              filterRef={filterRef}
            />
          }
        />
      </div>
      <PointerLayer
        scroller={scroller}
        controller={controller}
        entities={data?.byId}
        targets={{
          mentions: visibleMentions,
          highlights: highlightIndex,
          onHighlightClick: ui.openHighlight,
          onMentionClick: ui.openMention,
        }}
      />
      <p className="sr-only" aria-live="polite">
        {focused && `${focusedEntity?.name ?? focused.text}, ${focused.type}`}
      </p>
    </div>
  );
}
