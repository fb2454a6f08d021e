import { randomUUID } from 'node:crypto';
import type { Notice } from '../../contract/model';
import { DurableJsonAdapter } from './durable-adapter';
import type { NoticesFile } from './file-schemas';
import { SCHEMA_VERSION, type Layout } from './layout';
import { loadFile } from './load-file';
import { quarantine } from './quarantine';

/** Notices kept (the newest): a library that keeps repairing itself must not grow a huge file. */
export const MAX_NOTICES = 50;

function newNotice(level: Notice['level'], message: string): Notice {
  return { id: randomUUID(), level, message, createdAt: new Date().toISOString() };
}

/**
 * Messages for the user about repairs the store made on its own. One per event, in order.
 * In memory until `open` loads the notices file; from then on each change is written to it
 * (in the background for `add`: no caller waits for a notice), so a notice stays until the
 * user dismisses it, across restarts and crashes.
 */
export class NoticeBoard {
  #notices: Notice[] = [];
  #writer: DurableJsonAdapter<NoticesFile> | null = null;

  add(level: Notice['level'], message: string): Notice {
    const notice = newNotice(level, message);
    this.#notices.push(notice);
    this.#notices = this.#notices.slice(-MAX_NOTICES);
    // A failed write leaves the notice shown for this session; the next change writes it again.
    this.#save().catch(() => undefined);
    return notice;
  }

  list(): Notice[] {
    return this.#notices.map((notice) => ({ ...notice }));
  }

  /** Resolves once the notice is gone from the file too. */
  async dismiss(id: string): Promise<void> {
    const kept = this.#notices.filter((notice) => notice.id !== id);
    if (kept.length === this.#notices.length) return;
    this.#notices = kept;
    await this.#save();
  }

  /**
   * Load the notices kept in the library's notices file (before the ones added so far) and keep
   * the file from now on. A damaged file is moved aside like any other and reported by a notice
   * in the new file. A file from a newer Gloss throws `newer-schema`.
   */
  async open(layout: Layout): Promise<void> {
    const result = await loadFile('notices', layout.notices);
    const added = this.#notices;
    this.#notices = result.status === 'ok' ? result.data.notices : [];
    if (result.status === 'corrupt') {
      const kept = layout.relative(await quarantine(layout.notices));
      const message =
        `Earlier messages about repairs could not be read (${result.reason}), so some may be missing; ` +
        `your articles, highlights and notes are not affected. The damaged file was kept at ${kept}.`;
      added.push(newNotice('warning', message));
    }
    this.#writer = new DurableJsonAdapter<NoticesFile>(layout.notices); // only once moved aside
    if (added.length === 0 && this.#notices.length <= MAX_NOTICES) return;
    this.#notices = [...this.#notices, ...added].slice(-MAX_NOTICES);
    await this.#save();
  }

  /** Resolves once every change is written (or has failed). */
  async idle(): Promise<void> {
    await this.#writer?.idle();
  }

  #save(): Promise<void> {
    return (
      this.#writer?.write({ schemaVersion: SCHEMA_VERSION, notices: [...this.#notices] }) ?? Promise.resolve()
    );
  }
}
