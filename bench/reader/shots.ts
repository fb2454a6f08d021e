/**
 * `npx tsx bench/reader/shots.ts`: screenshots of the bench's long article (the profile's data
 * dir, bench/reader/profile-open.ts makes it) mid-scroll and at the end, light and dark, in
 * /tmp/gloss-shot-*.png.
 */
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { OPEN_ARTICLE } from './probes';
import { startGloss } from './start-gloss';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = process.env.GLOSS_PROFILE_DIR ?? '/tmp/gloss-profile-long';

const { url, stop } = await startGloss(root, dataDir);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(600);
  await page.screenshot({ path: `/tmp/gloss-shot-${name}.png` });
}
try {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('html[data-gloss-ready="library"]').waitFor({ state: 'attached' });
    await page.evaluate(OPEN_ARTICLE('A long dossier'));
    await shoot(page, `${scheme}-open`);
    await page.evaluate(
      `(() => { const s = document.querySelector('[data-testid="reader"]'); s.scrollTop = s.scrollHeight * 0.47; })()`,
    );
    await shoot(page, `${scheme}-middle`);
    await page.getByTestId('reader').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('End');
    await shoot(page, `${scheme}-end`);
    await context.close();
  }
} finally {
  await browser.close();
  stop();
}
