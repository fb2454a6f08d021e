/**
 * Writes the saved-page corpus of electron/core/import/fixtures/pages/: five stories written for
 * Gloss (no one else's text), each dressed in four kinds of news and blog page (a broadsheet with
 * a cookie banner and "Most read", a blog with sidebar and comments, a wire story in bare divs,
 * a portal heavy with ads, share bars and newsletter boxes), and expected.json with the title,
 * byline and text a reader view should extract. `npx tsx scripts/make-page-corpus.ts` rewrites them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STORIES, type Story } from './page-corpus/stories';
import { TEMPLATES } from './page-corpus/templates';

const out = path.join(import.meta.dirname, '../electron/core/import/fixtures/pages');
mkdirSync(out, { recursive: true });

/** The article's text as a reader shows it: headings, paragraphs and list items, one per line. */
function expectedText(story: Story): string {
  return story.body
    .map((part) =>
      typeof part === 'string' ? part : 'heading' in part ? part.heading : part.list.join('\n'),
    )
    .join('\n');
}

const expected: Record<string, { title: string; byline: string; text: string }> = {};
for (const story of STORIES) {
  for (const [style, render] of Object.entries(TEMPLATES)) {
    const file = `${story.slug}-${style}.html`;
    writeFileSync(path.join(out, file), render(story));
    expected[file] = { title: story.title, byline: story.byline, text: expectedText(story) };
  }
}
writeFileSync(path.join(out, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`Wrote ${Object.keys(expected).length} pages to ${path.relative(process.cwd(), out)}`);
