import { HelpButton } from '../common/HelpButton';
import { BackIcon, PanelIcon, TypeIcon } from '../common/icons';
import type { ReadingFont } from '../common/reading-prefs';
import { ThemeToggle } from '../common/ThemeToggle';
import type { ArticleSummary } from '../../../electron/contract/model';
import { ReadingStateButtons } from '../reading-state/ReadingStateButtons';
import { ReaderTextSettings } from '../reader-text/ReaderTextSettings';
import { ExportButton } from './ExportButton';

/** The reader's bar: back to the library, the article's title, display and export actions. */
export function ReaderHeader({
  article,
  title,
  onBack,
  onExport,
  exporting,
  font,
  onToggleFont,
  panelOpen,
  onTogglePanel,
}: {
  article: ArticleSummary;
  title: string;
  onBack: () => void;
  onExport: () => void;
  exporting: boolean;
  font: ReadingFont;
  onToggleFont: () => void;
  panelOpen: boolean;
  onTogglePanel: () => void;
}) {
  return (
    <header className="app-header reader-header">
      <button
        type="button"
        className="button button-quiet back-button"
        onClick={onBack}
        aria-keyshortcuts="B"
        title="Back to the library (B)"
      >
        <BackIcon />
        <span>Library</span>
      </button>
      <p className="reader-header-title" aria-hidden="true">
        {title}
      </p>
      <div className="header-actions">
        <ReadingStateButtons article={article} />
        <button
          type="button"
          className="icon-button"
          aria-label={
            font === 'serif'
              ? 'Reading font: serif. Switch to sans-serif'
              : 'Reading font: sans-serif. Switch to serif'
          }
          title="Switch reading font"
          onClick={onToggleFont}
          data-testid="font-toggle"
        >
          <TypeIcon />
        </button>
        <ReaderTextSettings />
        <ThemeToggle />
        <HelpButton />
        <ExportButton onExport={onExport} exporting={exporting} />
        <button
          type="button"
          className="icon-button panel-toggle"
          aria-label={panelOpen ? 'Hide notes and entities' : 'Show notes and entities'}
          aria-expanded={panelOpen}
          aria-controls="side-panel"
          onClick={onTogglePanel}
        >
          <PanelIcon />
        </button>
      </div>
    </header>
  );
}
