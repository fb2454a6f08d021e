import { HelpButton } from '../common/HelpButton';
import { BackIcon } from '../common/icons';
import { routeHash } from '../common/route';
import { ThemeToggle } from '../common/ThemeToggle';

/** The header of a page reached from the reader or the library: back, the library, theme, help. */
export function SubPageHeader() {
  return (
    <header className="app-header">
      <button type="button" className="button button-quiet" onClick={() => history.back()}>
        <BackIcon /> Back
      </button>
      <div className="header-actions">
        <a className="button button-quiet" href={routeHash({ name: 'library' })}>
          Library
        </a>
        <ThemeToggle />
        <HelpButton />
      </div>
    </header>
  );
}
