import { randomUUID } from 'node:crypto';
import type { Notice } from '../../contract/model';

/** Messages for the user about repairs the store made on its own. One per event, in order. */
export class NoticeBoard {
  #notices: Notice[] = [];

  add(level: Notice['level'], message: string): Notice {
    const notice: Notice = { id: randomUUID(), level, message, createdAt: new Date().toISOString() };
    this.#notices.push(notice);
    return notice;
  }

  list(): Notice[] {
    return this.#notices.map((notice) => ({ ...notice }));
  }

  dismiss(id: string): void {
    this.#notices = this.#notices.filter((notice) => notice.id !== id);
  }
}
