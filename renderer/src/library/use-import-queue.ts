import { useCallback, useRef, useState } from 'react';
import type { ImportedArticle } from '../../../electron/contract/model';
import { describeError } from '../api/api-error';
import { displayName } from './import-checks';
import { importFile } from './import-file';
import type { PathedFile } from './import-groups';
import { joinNouns, leftOutMessage, newRun } from './import-run';
import type { ImportNoun, ImportRun } from './import-run';
import { importUrl } from './import-url';
import { settleVersion } from './settle-version';
import type { VersionChoice } from './version-question';
import { shownAddress } from './web-addresses';

/**
 * Something to import: a file (with the files that come with it, and those left out of them,
 * import-groups.ts), or a web page by its address (`answered`: the core's answer to it already,
 * when it was imported outside the queue and only the question of a new version is left).
 */
export type ImportItem =
  { file: File; companions?: PathedFile[]; leftOut?: string[] } | { url: string; answered?: ImportedArticle };

const nounOf = (item: ImportItem): ImportNoun => ('file' in item ? 'file' : 'page');

export interface ImportQueue {
  /** The batch on screen: in progress, or finished and waiting to be dismissed. */
  run: ImportRun | null;
  /** Add files or pages; they join the batch in progress, or start a new one. */
  enqueue: (items: ImportItem[]) => void;
  /** Leave out the files not started yet; the one in flight still finishes. */
  stop: () => void;
  dismiss: () => void;
}

// Between files, let the browser paint and handle clicks (such as Stop) even when files are
// refused without a round trip to the core.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Imports files and web pages strictly one after another, so one large file never competes with the rest,
 * and keeps the tally the progress panel and the summary show. `onFinished` decides whether
 * the finished batch stays on screen as a summary ('keep') or goes ('dismiss').
 */
export function useImportQueue(
  onImported: (article: ImportedArticle) => void,
  onFinished: (run: ImportRun) => 'keep' | 'dismiss',
  ask: (article: ImportedArticle) => Promise<VersionChoice>,
): ImportQueue {
  const [run, setRun] = useState<ImportRun | null>(null);
  const latest = useRef<ImportRun | null>(null);
  const queue = useRef<ImportItem[]>([]);
  const draining = useRef(false);
  const callbacks = useRef({ onImported, onFinished, ask });
  callbacks.current = { onImported, onFinished, ask };

  const publish = useCallback((next: ImportRun | null) => {
    latest.current = next;
    setRun(next);
  }, []);
  const change = useCallback(
    (patch: (run: ImportRun) => Partial<ImportRun>) => {
      const current = latest.current ?? newRun(0);
      publish({ ...current, ...patch(current) });
    },
    [publish],
  );

  const drain = useCallback(async () => {
    draining.current = true;
    try {
      for (let item = queue.current.shift(); item; item = queue.current.shift()) {
        const name = 'file' in item ? displayName(item.file.name) : shownAddress(item.url);
        change(() => ({ current: name, stopping: false }));
        try {
          const answer = await ('file' in item
            ? importFile(item.file, item.companions)
            : (item.answered ?? importUrl(item.url)));
          // The library has it in an earlier version: the user says what to do (a batch waits).
          const { article, version } =
            answer.existing === 'changed'
              ? await settleVersion(await callbacks.current.ask(answer), answer, item)
              : { article: answer, version: undefined };
          callbacks.current.onImported(article);
          const message = 'file' in item ? leftOutMessage(article.title, item.leftOut ?? []) : null;
          change((now) => ({
            done: now.done + 1,
            imported: [...now.imported, article],
            versions: version ? [...now.versions, version] : now.versions,
            leftOut: message ? [...now.leftOut, { name, message }] : now.leftOut,
          }));
        } catch (error) {
          const message = describeError(error);
          change((now) => ({ done: now.done + 1, refused: [...now.refused, { name, message }] }));
        }
        await nextTask();
      }
    } finally {
      draining.current = false;
      const finished = { ...(latest.current ?? newRun(0)), current: null, stopping: false, finished: true };
      publish(callbacks.current.onFinished(finished) === 'keep' ? finished : null);
    }
  }, [change, publish]);

  const enqueue = useCallback(
    (items: ImportItem[]) => {
      if (items.length === 0) return;
      queue.current.push(...items);
      const current = latest.current;
      const noun = items.map(nounOf).reduce<ImportNoun | null>(joinNouns, null) ?? 'file';
      publish(
        current && !current.finished
          ? { ...current, total: current.total + items.length, noun: joinNouns(current.noun, noun) }
          : newRun(items.length, noun),
      );
      if (!draining.current) void drain();
    },
    [drain, publish],
  );

  const stop = useCallback(() => {
    const left = queue.current.length;
    queue.current = [];
    change((now) => ({ skipped: now.skipped + left, stopping: now.current !== null }));
  }, [change]);

  const dismiss = useCallback(() => publish(null), [publish]);

  return { run, enqueue, stop, dismiss };
}
