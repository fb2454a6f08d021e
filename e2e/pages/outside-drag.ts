import type { CDPSession, Locator, Page } from '@playwright/test';

/** What another application offers when something is dragged out of it: MIME type -> data. */
export type DragData = Record<string, string>;

/** How the page answered a dragover or drop: the browser acts on these, not the test. */
export interface DragAnswer {
  type: string;
  defaultPrevented: boolean;
  dropEffect: string;
}

/**
 * Something dragged in from another application (a link from a browser, text from an editor)
 * and held over the page. It goes through Chromium's own drag handling (CDP's
 * `Input.dispatchDragEvent`), not synthetic DOM events, so the browser decides from the page's
 * answers whether anything is dropped and where, as it does for a real drag.
 */
export class OutsideDrag {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly data: { items: { mimeType: string; data: string }[]; dragOperationsMask: number },
    private readonly point: { x: number; y: number },
  ) {}

  /** Start dragging `data` into the window and hold it over the middle of `target`. */
  static async over(page: Page, data: DragData, target: Locator): Promise<OutsideDrag> {
    const box = await target.boundingBox();
    if (!box) throw new Error('The drop target is not on screen.');
    const cdp = await page.context().newCDPSession(page);
    const drag = new OutsideDrag(
      cdp,
      {
        items: Object.entries(data).map(([mimeType, value]) => ({ mimeType, data: value })),
        // Copy | Link | Move: what a browser offers for a dragged link.
        dragOperationsMask: 1 | 2 | 16,
      },
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    await drag.send('dragEnter');
    await drag.send('dragOver');
    return drag;
  }

  /** Let go of the mouse button. */
  async drop(): Promise<void> {
    await this.send('drop');
    await this.cdp.detach();
  }

  private send(type: 'dragEnter' | 'dragOver' | 'drop'): Promise<unknown> {
    return this.cdp.send('Input.dispatchDragEvent', { type, ...this.point, data: this.data });
  }
}

/**
 * Start noting how the page answers every dragover and drop on the window. The listener is added
 * after Gloss's own, so it sees the answer Gloss gave. Returns a function that reads them.
 */
export async function recordDragAnswers(page: Page): Promise<() => Promise<DragAnswer[]>> {
  await page.evaluate(() => {
    const answers: DragAnswer[] = [];
    (window as unknown as { dragAnswers: DragAnswer[] }).dragAnswers = answers;
    for (const type of ['dragover', 'drop'])
      window.addEventListener(type, (event) => {
        const { defaultPrevented, dataTransfer } = event as DragEvent;
        answers.push({ type, defaultPrevented, dropEffect: dataTransfer?.dropEffect ?? '' });
      });
  });
  return () => page.evaluate(() => (window as unknown as { dragAnswers: DragAnswer[] }).dragAnswers);
}
