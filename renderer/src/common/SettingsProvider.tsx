import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Settings } from '../../../electron/contract/model';
import { call } from '../api/client';
import { DEFAULT_SETTINGS, SettingsContext } from './settings-context';
import type { SettingsApi } from './settings-context';
import { useToasts } from './toast-context';
import { isOwnChange, useServerEvent } from './use-server-event';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

/** Loads settings (again after a backup is restored), applies the theme to <html>, and follows the OS when theme is 'system'. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const { reportError } = useToasts();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [systemDark, setSystemDark] = useState(() => darkQuery().matches);
  const current = useRef(settings);
  current.current = settings;

  const reload = useCallback(
    () =>
      call('settings/get', {})
        .then(setSettings, (error: unknown) => reportError(error, 'Could not load settings'))
        .finally(() => setLoaded(true)),
    [reportError],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  // Changed in another window, or restored with a backup: read them again.
  useServerEvent((event) => {
    const changed = event.name === 'library/changed' && event.payload.type === 'settings/updated';
    if ((changed && !isOwnChange(event)) || event.name === 'library/reloaded') void reload();
  });

  useEffect(() => {
    const query = darkQuery();
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const resolvedTheme = settings.theme === 'system' ? (systemDark ? 'dark' : 'light') : settings.theme;
  useEffect(() => {
    document.documentElement.dataset.theme = resolvedTheme;
  }, [resolvedTheme]);

  const update = useCallback(
    (patch: Partial<Settings>) => {
      const before = current.current;
      setSettings({ ...before, ...patch });
      call('settings/update', patch).then(setSettings, (error: unknown) => {
        setSettings(before);
        reportError(error, 'Could not save settings');
      });
    },
    [reportError],
  );

  const api = useMemo<SettingsApi>(
    () => ({ settings, loaded, update, reload, resolvedTheme }),
    [settings, loaded, update, reload, resolvedTheme],
  );
  return <SettingsContext value={api}>{children}</SettingsContext>;
}
