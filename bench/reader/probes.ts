/**
 * Scripts run in the page (as strings: the bench runs under tsx, whose helpers do not exist in
 * the page). Each leaves its result on `window`.
 */

/** Long tasks from now on, in `window.__longTasks` (start, duration). */
export const WATCH_LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask' });
})()`;

/** The number of ranges registered in CSS.highlights now. */
export const PAINTED = `[...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0)`;

/**
 * Click the library link to the article and resolve with ms from the click to the end of the
 * first frame that shows the reader with marks painted: a rAF callback sees them, and a task it
 * queues runs once that frame's style, layout and paint are done. (The rAF timestamp alone is
 * the frame's begin time, which Chromium takes before a long task that delays the frame: it
 * made a 1.2 s open read as 0.6 s.)
 */
export const OPEN_ARTICLE = (title: string) => `new Promise((resolve) => {
  const link = [...document.querySelectorAll('a')].find((a) => a.textContent.trim() === ${JSON.stringify(title)});
  const start = performance.now();
  window.__openStart = start;
  link.click();
  const frame = () => {
    const ready = document.documentElement.dataset.glossReady === 'reader';
    if (!(ready && ${PAINTED} > 0)) return requestAnimationFrame(frame);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now() - start);
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(frame);
})`;

/**
 * A frame-by-frame probe: in every rAF callback, count the blocks on screen that should carry
 * marks (\`expected\`: block indexes with at least one mark) but have no range painted.
 * \`window.__probe.stop()\` resolves with { frames, unmarkedFrames, gaps } (gaps: ms between frames).
 */
export const FRAME_PROBE = (expected: number[]) => `(() => {
  const expected = new Set(${JSON.stringify(expected)});
  const scroller = document.querySelector('[data-testid="reader"]');
  const blocks = [...document.querySelectorAll('[data-block]')];
  const state = { frames: 0, unmarkedFrames: 0, gaps: [], last: 0, running: true };
  const check = () => {
    const view = scroller.getBoundingClientRect();
    let low = 0, high = blocks.length;
    while (low < high) { const mid = (low + high) >> 1; if (blocks[mid].getBoundingClientRect().bottom >= view.top) high = mid; else low = mid + 1; }
    const visible = [];
    for (let i = low; i < blocks.length; i++) {
      const rect = blocks[i].getBoundingClientRect();
      if (rect.top > view.bottom) break;
      if (expected.has(Number(blocks[i].dataset.block))) visible.push(blocks[i]);
    }
    if (visible.length === 0) return false;
    const painted = new Set();
    for (const highlight of CSS.highlights.values())
      for (const range of highlight) painted.add(range.startContainer.parentElement?.closest('[data-block]'));
    return visible.some((block) => !painted.has(block));
  };
  const frame = (now) => {
    if (!state.running) return;
    if (state.last) state.gaps.push(now - state.last);
    state.last = now;
    state.frames++;
    if (check()) state.unmarkedFrames++;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  window.__probe = { stop: () => { state.running = false; return { frames: state.frames, unmarkedFrames: state.unmarkedFrames, gaps: state.gaps }; } };
})()`;

/** Select a few words in the middle of block `index` (scrolled into view first). */
export const SELECT_IN_BLOCK = (index: number) => `(() => {
  const block = document.querySelector('[data-block="${index}"]');
  block.scrollIntoView({ block: 'center' });
  // The block's longest text node (a static page's marks split it into several).
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let node = null;
  for (let next = walker.nextNode(); next; next = walker.nextNode()) if (!node || next.length > node.length) node = next;
  const text = node.data;
  const start = text.indexOf(' ', Math.floor(text.length / 3)) + 1;
  const found = text.indexOf(' ', start + 20);
  const end = found < 0 ? text.length : found;
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
})()`;

/**
 * Arm a probe for the next H: resolves with ms from the keydown to the end of the first frame in
 * which one more user highlight is painted, and (in Gloss) of the first frame with its card
 * focused. Each is checked in the frame's rAF and timed once that frame's rendering is done (a
 * task posted from rAF runs after it): a rAF's own timestamp is the frame's start, which can
 * come before the keydown handled in that frame, and made the figure negative.
 */
export const ARM_PRESS_H = (gloss: boolean) => `new Promise((resolve) => {
  const count = () => ${gloss} ? [...CSS.highlights.entries()].filter(([name]) => name.startsWith('user-')).reduce((s, [, h]) => s + h.size, 0) : document.querySelectorAll('mark.user').length;
  const before = count();
  addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    // The channels are kept: an unreferenced port can be collected before its message arrives.
    const channels = [];
    const afterFrame = (record) => {
      const channel = new MessageChannel();
      channels.push(channel);
      channel.port1.onmessage = () => record(performance.now() - start);
      channel.port2.postMessage(0);
    };
    let painted = null;
    let paintedSeen = false;
    const frame = () => {
      if (!paintedSeen && count() > before) {
        paintedSeen = true;
        afterFrame((ms) => { painted = ms; });
      }
      const focused = !${gloss} || document.activeElement?.closest('[data-testid="highlight-card"]');
      if (paintedSeen && focused) afterFrame((ms) => resolve({ painted: painted ?? ms, focused: ms }));
      // Given up after 5 s: reported as not done (NaN), not waited for forever.
      else if (performance.now() - start > 5000) resolve({ painted: painted ?? NaN, focused: NaN });
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, { once: true, capture: true });
})`;

/** Record keydown → next frame for every keydown, in \`window.__keyFrames\`. */
export const WATCH_KEY_FRAMES = `(() => {
  window.__keyFrames = [];
  window.__keyChannels = new Set();
  addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      // After the frame's rendering work: a task queued from rAF runs once it is done.
      // Held until its message arrives: an unreferenced port can be collected first.
      const channel = new MessageChannel();
      window.__keyChannels.add(channel);
      channel.port1.onmessage = () => {
        window.__keyFrames.push(performance.now() - start);
        window.__keyChannels.delete(channel);
      };
      channel.port2.postMessage(0);
    });
  }, { capture: true });
})()`;
