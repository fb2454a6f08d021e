import type { Theme } from '../../../electron/contract/model';
import { AutoThemeIcon, MoonIcon, SunIcon } from './icons';
import { useSettings } from './settings-context';

const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<Theme, string> = {
  system: 'Theme: follows system',
  light: 'Theme: light',
  dark: 'Theme: dark',
};

/** Cycles system → light → dark; the choice is saved with the library's settings. */
export function ThemeToggle() {
  const { settings, update } = useSettings();
  const theme = settings.theme;
  return (
    <button
      type="button"
      className="icon-button"
      data-testid="theme-toggle"
      data-theme-setting={theme}
      aria-label={`${LABEL[theme]}. Switch to ${NEXT[theme]}`}
      title={`${LABEL[theme]} (T)`}
      onClick={() => update({ theme: NEXT[theme] })}
    >
      {theme === 'system' ? <AutoThemeIcon /> : theme === 'light' ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}

export const nextTheme = (theme: Theme): Theme => NEXT[theme];
