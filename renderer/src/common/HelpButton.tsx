import { useOpenHelp } from './help-context';
import { HelpIcon } from './icons';

export function HelpButton() {
  const openHelp = useOpenHelp();
  return (
    <button
      type="button"
      className="icon-button"
      aria-label="Keyboard shortcuts"
      title="Keyboard shortcuts (?)"
      onClick={openHelp}
    >
      <HelpIcon />
    </button>
  );
}
