import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Tag, TagColor } from '../../../electron/contract/model';
import { call } from '../api/client';
import { useToasts } from '../common/toast-context';
import { useLibraryVersion } from '../common/use-server-event';
import { tagColorMap, tagKey, withTagColor } from './tag-palette';
import { TagsContext } from './tags-context';
import type { TagsApi } from './tags-context';

/**
 * The library's tags and their colors, for both views. Read again whenever the library changes
 * in a way that can change them (in any window; a restored backup too) and whenever asked.
 */
export function TagsProvider({ children }: { children: ReactNode }) {
  const { reportError } = useToasts();
  const version = useLibraryVersion(
    (event) =>
      event.name !== 'library/changed' || !['settings/updated', 'note/saved'].includes(event.payload.type),
  );
  const [tags, setTags] = useState<Tag[] | null>(null);
  const [reloads, setReloads] = useState(0);
  // Only the latest request may set the list: an older answer arriving late would undo a change.
  const latest = useRef(0);
  const current = useRef(tags);
  current.current = tags;

  const reload = useCallback(() => setReloads((value) => value + 1), []);

  useEffect(() => {
    const request = ++latest.current;
    call('tags/list', {}).then(
      (list) => request === latest.current && setTags(list),
      (error: unknown) => request === latest.current && reportError(error, 'Could not load tags'),
    );
  }, [version, reloads, reportError]);

  const setColor = useCallback(
    (name: string, color: TagColor | null) => {
      const request = ++latest.current;
      setTags(withTagColor(current.current ?? [], name, color));
      call('tags/setColor', { name, color }).then(
        (list) => request === latest.current && setTags(list),
        (error: unknown) => {
          reportError(error, `Could not change the color of #${name}`);
          reload();
        },
      );
    },
    [reportError, reload],
  );

  const api = useMemo<TagsApi>(() => {
    const colors = tagColorMap(tags ?? []);
    return { tags, colorOf: (name) => colors.get(tagKey(name)) ?? null, setColor, reload };
  }, [tags, setColor, reload]);
  return <TagsContext value={api}>{children}</TagsContext>;
}
