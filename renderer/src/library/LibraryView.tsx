import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { ArticleSummary, ReadingState } from '../../../electron/contract/model';
import { describeError } from '../api/api-error';
import { call } from '../api/client';
import { BackupsButton } from '../backups/BackupsButton';
import { ExportLibraryButton } from '../export/ExportLibraryButton';
import { HelpButton } from '../common/HelpButton';
import { dialogOpen, isPlainKey, isTyping } from '../common/keyboard';
import { useReadySignal } from '../common/ready';
import { useSettings } from '../common/settings-context';
import { routeHash } from '../common/route';
import { ThemeToggle } from '../common/ThemeToggle';
import { useToasts } from '../common/toast-context';
import { useDebounced } from '../common/use-debounced';
import { SearchIcon } from '../common/icons';
import { useTags } from '../tags/tags-context';
import { ArticleList } from './ArticleList';
import { ImportButton } from './ImportButton';
import { useLibraryVersion } from '../common/use-server-event';
import { useImport } from './import-context';
import { NoticeList } from './NoticeList';
import { plainWords } from '../search/query-filters';
import { SearchChips } from '../search/SearchChips';
import { afterPointerRelease } from '../common/pointer-release';
import { indexingLabel, useSearchIndexing } from '../search/use-search-indexing';
import { SearchResults } from './SearchResults';
import { SortSelect } from './SortSelect';
import { StateTabs } from './StateTabs';
import { useListSelection } from '../common/use-list-selection';
import { LibraryBulkActions } from './LibraryBulkActions';
import { useRowActions } from './use-row-actions';
import { TagFilter } from './TagFilter';
import { UrlImportBox } from './UrlImportBox';
import { usePastedAddresses } from './use-pasted-addresses';
import { useLibrarySearch, writtenMatches } from './use-library-search';

/**
 * The library: search, tag filter, import, and the list of articles. Any change to the library
 * (from this window, another one or a script, told by the core's events) reads the list again;
 * tags come from TagsProvider, which does the same.
 */
export function LibraryView() {
  const { reportError } = useToasts();
  const { importUrls } = useImport();
  usePastedAddresses(importUrls);
  const version = useLibraryVersion(
    (event) => event.name !== 'library/changed' || event.payload.type !== 'settings/updated',
  );
  const { reload: reloadTags } = useTags();
  const { settings, loaded: settingsLoaded } = useSettings();
  const sort = settings.librarySort;
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState<string | null>(null);
  const [state, setState] = useState<ReadingState | null>('inbox');
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [searchFocused, setSearchFocused] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const settledQuery = useDebounced(query.trim(), 150);
  const searched = useLibrarySearch(settledQuery.slice(0, 200), tag, version + reload);
  // Answers given while the index was being built cover part of the library: asked again at the end.
  const indexing = useSearchIndexing(searched.results?.indexing, () => setReload((value) => value + 1));

  useEffect(() => {
    // The order is a setting: listing before it arrives would show the default order first.
    if (!settingsLoaded) return;
    let live = true;
    // The list filters titles by the typed words; filters and phrases are for the search above it.
    const words = plainWords(settledQuery);
    const params = {
      sort,
      ...(state ? { state } : {}),
      ...(words ? { query: words } : {}),
      ...(tag ? { tag } : {}),
    };
    call('articles/list', params).then(
      (list) => {
        if (!live) return;
        setArticles(list);
        setLoadError(null);
      },
      (error: unknown) => {
        // Shown in place of the list: an empty page with a spinner forever would say nothing.
        if (live) setLoadError(describeError(error));
      },
    );
    return () => {
      live = false;
    };
  }, [settledQuery, tag, state, sort, settingsLoaded, version, reload, reportError]);

  const reloadList = useCallback(() => setReload((value) => value + 1), []);
  const order = useMemo(() => (articles ?? []).map((article) => article.id), [articles]);
  const { selection, act } = useListSelection(order);
  const picked = (articles ?? []).filter((article) => selection.ids.has(article.id));
  const reloadAll = useCallback(() => {
    // A deleted or restored article takes its tags' counts with it.
    reloadList();
    reloadTags();
  }, [reloadList, reloadTags]);
  const { moveArticles, moveRow, deleteArticles, deleteRow } = useRowActions({
    articles,
    state,
    selection,
    act,
    onMoved: reloadList,
    onDeleted: reloadAll,
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || isTyping(event) || !isPlainKey(event) || dialogOpen()) return;
      event.preventDefault();
      search.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.title = 'Library · Gloss';
  }, []);
  useReadySignal('library', articles !== null);

  const filtered = Boolean(settledQuery || tag);
  return (
    <div className="library-layout">
      <header className="app-header">
        <div className="brand" aria-label="Gloss">
          <span className="brand-mark" aria-hidden="true">
            G
          </span>
          <span className="brand-name">Gloss</span>
        </div>
        <div className="search-field" role="search">
          <SearchIcon />
          <input
            ref={search}
            type="search"
            placeholder='Search everything: words, "phrases", person:, tag:…'
            aria-label="Search the library"
            aria-keyshortcuts="/"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onFocus={() => setSearchFocused(true)}
            // The filter chips under the box go with its focus, but only after a click that took
            // the focus away has landed (hiding them moves the list under the pointer).
            onBlur={() =>
              afterPointerRelease(() => setSearchFocused(document.activeElement === search.current))
            }
            maxLength={200}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                setQuery('');
                event.currentTarget.blur();
              } else if (event.key === 'ArrowDown') {
                const first = document.querySelector<HTMLElement>('.search-results [data-search-result]');
                if (first) {
                  event.preventDefault();
                  first.focus();
                }
              }
            }}
          />
          {indexing ? (
            <span className="search-indexing" role="status" data-testid="search-indexing">
              {indexingLabel(indexing)}
            </span>
          ) : (
            <kbd className="search-hint" aria-hidden="true">
              /
            </kbd>
          )}
        </div>
        <div className="header-actions">
          <a className="button button-quiet" href={routeHash({ name: 'notebook' })}>
            Notebook
          </a>
          <ImportButton className="button button-primary" />
          <ExportLibraryButton
            onImported={() => {
              setReload((n) => n + 1);
              reloadTags();
            }}
          />
          <BackupsButton />
          <ThemeToggle />
          <HelpButton />
        </div>
      </header>
      <main className="library-main" aria-labelledby="library-title">
        <NoticeList />
        <div className="library-heading">
          <h1 id="library-title">Library</h1>
          {articles && (
            <p className="library-count" aria-live="polite">
              {filtered
                ? `${articles.length} of your articles match`
                : `${articles.length} ${articles.length === 1 ? 'article' : 'articles'}`}
            </p>
          )}
          <SortSelect />
        </div>
        <UrlImportBox />
        <p className="library-hint">
          Drop files or links from your browser anywhere in this window to import them; Ctrl+V (⌘V) pastes a
          web address.
        </p>
        <StateTabs selected={state} onSelect={setState} />
        <TagFilter selected={tag} onSelect={setTag} />
        {loadError && !articles && (
          <div className="empty-state" role="alert">
            <h2>Gloss could not open your library</h2>
            <p>{loadError}</p>
          </div>
        )}
        {(searchFocused || query) && (
          <SearchChips
            query={query}
            onChange={(next) => {
              setQuery(next);
              search.current?.focus();
            }}
          />
        )}
        {settledQuery && (
          <SearchResults
            search={searched}
            indexing={indexing}
            onBackToSearch={() => search.current?.focus()}
          />
        )}
        {picked.length > 0 && (
          <LibraryBulkActions
            picked={picked}
            onMove={moveArticles}
            onDelete={deleteArticles}
            onChanged={reloadAll}
            onClear={() => act({ kind: 'clear' })}
          />
        )}
        <ArticleList
          selection={selection}
          onSelect={(event: MouseEvent, article: ArticleSummary) =>
            act({ kind: 'click', id: article.id, shift: event.shiftKey, toggle: true })
          }
          failed={loadError !== null}
          otherMatches={
            Boolean(settledQuery) && (!searched.results || writtenMatches(searched.results).length > 0)
          }
          articles={articles}
          filtered={filtered}
          onClearFilters={() => {
            setQuery('');
            setTag(null);
          }}
          state={state}
          onMove={moveRow}
          onDelete={deleteRow}
        />
      </main>
    </div>
  );
}
