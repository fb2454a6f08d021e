import type { Locator, Page } from '@playwright/test';
import { SidePanel } from './side-panel';

/** The reader view: the article with its marks, the legend, the header actions. */
export class ReaderPage {
  readonly article: Locator;
  readonly panel: SidePanel;
  readonly tooltip: Locator;
  readonly selectionToolbar: Locator;
  readonly exportButton: Locator;

  constructor(readonly page: Page) {
    this.article = page.getByTestId('reader');
    this.panel = new SidePanel(page);
    this.tooltip = page.getByTestId('entity-tooltip');
    this.selectionToolbar = page.getByTestId('selection-toolbar');
    this.exportButton = page.getByTestId('export-button');
  }

  async ready(): Promise<this> {
    await this.page.locator('html[data-gloss-ready="reader"]').waitFor({ state: 'attached' });
    return this;
  }

  /** Wait until entity detection is done and its marks are painted. */
  async entitiesReady(): Promise<this> {
    await this.page.locator('[data-testid="reader"][data-entities="ready"]').waitFor();
    return this;
  }

  title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The text of every range painted for a `::highlight()` name (blocks near the viewport). */
  paintedTexts(name: string): Promise<string[]> {
    return this.page.evaluate((highlightName) => {
      const highlight = CSS.highlights.get(highlightName);
      if (!highlight) return [];
      return [...highlight].map((range) => {
        // A range may span several text nodes (across a link or emphasis).
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        return live.toString();
      });
    }, name);
  }

  /** Screen coordinates of `text` (its first occurrence in the article body, or the nth). */
  async pointsOf(
    text: string,
    occurrence = 0,
    scroll = true,
  ): Promise<{ start: Point; end: Point; middle: Point }> {
    const found = await this.page.evaluate(
      ([needle, nth, scrollTo]) => {
        let seen = 0;
        for (const block of document.querySelectorAll<HTMLElement>('[data-block]')) {
          // The block's own text nodes (links and emphasis are elements around some of them).
          const nodes: Text[] = [];
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement?.closest('[data-block]') === block) nodes.push(node as Text);
          }
          const content = nodes.map((node) => node.data).join('');
          let index = content.indexOf(needle);
          while (index >= 0 && seen < nth) {
            seen += 1;
            index = content.indexOf(needle, index + 1);
          }
          if (index < 0) continue;
          const at = (offset: number, end: boolean): [Text, number] => {
            let before = 0;
            for (const node of nodes) {
              if (offset < before + node.length || (end && offset === before + node.length))
                return [node, offset - before];
              before += node.length;
            }
            return [nodes[nodes.length - 1]!, nodes[nodes.length - 1]!.length];
          };
          if (scrollTo) block.scrollIntoView({ block: 'center' });
          const range = document.createRange();
          range.setStart(...at(index, false));
          range.setEnd(...at(index + needle.length, true));
          const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
          const first = rects[0]!;
          const last = rects[rects.length - 1]!;
          return {
            start: { x: first.left + 1, y: first.top + first.height / 2 },
            end: { x: last.right - 1, y: last.top + last.height / 2 },
            middle: { x: first.left + Math.min(first.width / 2, 12), y: first.top + first.height / 2 },
          };
        }
        return null;
      },
      [text, occurrence, scroll] as const,
    );
    if (!found) throw new Error(`"${text}" is not in the article.`);
    return found;
  }

  /**
   * Select `text` by dragging the mouse across it, as a reader would. A reader whose drag
   * lands a word short (the page can still settle under the pointer on a loaded machine)
   * drags again; so does this, from freshly measured points, and says so if it never lands.
   */
  async select(text: string): Promise<void> {
    const wanted = text.replace(/\s+/g, ' ').trim();
    let selected = '';
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const { start, end } = await this.pointsOf(text);
      await this.page.mouse.move(start.x, start.y);
      await this.page.mouse.down();
      await this.page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
      await this.page.mouse.move(end.x, end.y, { steps: 4 });
      await this.page.mouse.up();
      selected = await this.page.evaluate(() =>
        (window.getSelection()?.toString() ?? '').replace(/\s+/g, ' ').trim(),
      );
      if (selected === wanted) {
        await this.selectionToolbar.waitFor();
        return;
      }
    }
    throw new Error(`Dragging across "${wanted}" selected "${selected}".`);
  }

  async hover(text: string, occurrence = 0, scroll = true): Promise<void> {
    const { middle } = await this.pointsOf(text, occurrence, scroll);
    await this.page.mouse.move(middle.x, middle.y);
  }

  async click(text: string, occurrence = 0): Promise<void> {
    const { middle } = await this.pointsOf(text, occurrence);
    await this.page.mouse.click(middle.x, middle.y);
  }

  legend(type: string): Locator {
    return this.page.getByTestId(`legend-${type}`);
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: 'Library' }).click();
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByRole('region', { name: 'Notifications' }).getByText(text);
  }
}

export interface Point {
  x: number;
  y: number;
}
