/**
 * Writes the held-out saved-page corpus of electron/core/import/fixtures/held-out/: twenty
 * stories written for it (news, features, opinion, a live blog, an interview, a blog post with
 * code, a review, a press release…), each saved from five of eleven kinds of site (WordPress,
 * Ghost, Substack, Medium, two broadsheets with JSON-LD, AMP, Blogger, a Drupal local paper in
 * windows-1252, a wire agency declaring ISO-8859-1, a Next.js app), 100 pages; Medium and Blogger
 * pages come with their `<name>_files/` images, as a browser saves them. expected.json holds
 * the title, byline and text a careful reader view keeps, written from the stories, never from
 * what Gloss extracts. The extractor was not tuned on these pages: this is the check of issue 8.
 * `npx tsx scripts/make-held-out-corpus.ts` rewrites them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { makePng } from '../electron/core/images/png.test-support';
import { STORIES } from './held-out-corpus/stories';
import { byline, expectedText, type Story } from './held-out-corpus/story';
import { TEMPLATES, type Template } from './held-out-corpus/templates';

const out = path.join(import.meta.dirname, '../electron/core/import/fixtures/held-out');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** The page's bytes in its encoding; characters the encoding lacks as numeric references. */
function encode(html: string, encoding: Template['encoding']): Buffer {
  if (encoding === 'utf-8') return Buffer.from(html, 'utf8');
  let text = '';
  for (const char of html) {
    const fits = char.codePointAt(0)! < 0x80 || iconv.decode(iconv.encode(char, encoding), encoding) === char;
    text += fits ? char : `&#${char.codePointAt(0)};`;
  }
  return iconv.encode(text, encoding);
}

/** The images a saved page's folder holds: one per figure (and the author's avatar). */
function writeSavedFiles(story: Story, name: string): void {
  const folder = path.join(out, `${name}_files`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'avatar.png'), makePng(2, 2, [120, 120, 120]));
  story.body.forEach((block, i) => {
    if (typeof block !== 'string' && 'figure' in block)
      writeFileSync(path.join(folder, `photo-${i}.png`), makePng(3, 2, [40 + i * 10, 90, 160]));
  });
}

const names = Object.keys(TEMPLATES);
const expected: Record<string, { title: string; byline: string; text: string }> = {};
STORIES.forEach((story, i) => {
  // Each story on five of the eleven sites, so every site carries nine or ten stories.
  for (let k = 0; k < 5; k++) {
    const style = names[(i * 5 + k) % names.length]!;
    const template = TEMPLATES[style]!;
    const name = `${story.slug}-${style}`;
    writeFileSync(
      path.join(out, `${name}.html`),
      encode(template.render(story, { name }), template.encoding),
    );
    if (template.savedFiles) writeSavedFiles(story, name);
    expected[`${name}.html`] = { title: story.title, byline: byline(story), text: expectedText(story) };
  }
});
writeFileSync(path.join(out, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`Wrote ${Object.keys(expected).length} pages to ${path.relative(process.cwd(), out)}`);
