import type { Highlight } from '../../contract/model';
import type { ExportInput, ImageLink, MarkdownExport } from './types';
import { containMarkdown } from './contain-markdown';
import { headingText } from './escape-markdown';
import { exportFileName } from './file-name';
import { frontMatter } from './front-matter';
import { entitiesIn, entityReferences } from './highlight-mentions';
import { inertNote } from './inert-note';
import { leadImage, webImage, passageQuote } from './figure-markdown';
import { neutralizeBidi } from '../text/bidi';
import { hashtags } from './tags';

function byDocumentOrder(a: Highlight, b: Highlight): number {
  return a.start - b.start || a.end - b.end || a.createdAt.localeCompare(b.createdAt);
}

/** A note as it goes into the export: unable to swallow what follows, or to run anything. */
export const noteMarkdown = (markdown: string): string => inertNote(containMarkdown(markdown));

/** One highlight: its quote, its note, then a line of its tags (and entity tags or links). */
function highlightSection(highlight: Highlight, input: ExportInput, images: ImageLink): string {
  const quote = passageQuote(highlight, input.article, images);
  // A PDF's page, as a citation says it: "p. 12".
  const parts = [highlight.page ? `${quote}\n>\n> — p. ${highlight.page}` : quote];
  const note = noteMarkdown(highlight.note.markdown);
  if (note !== '') parts.push(note);
  const entities = entitiesIn(highlight, input.mentions ?? [], input.entities);
  const references = [
    ...hashtags(highlight.tags),
    ...entityReferences(entities, input.settings.exportEntities),
  ];
  if (references.length > 0) parts.push(references.join(' '));
  return parts.join('\n\n');
}

/**
 * An article's notes as one Markdown file for Obsidian, Logseq or a plain folder (format in
 * docs/export.md): YAML front matter, the title, the article note, then each highlight in
 * document order as a blockquote with its note and tags; highlights that no longer anchor come
 * last under their own heading. The lead image and the figures inside highlighted passages are
 * shown where `images` finds them (a vault's attachments; for a lone file, their web addresses),
 * else each highlighted figure's alt text is noted. Pure: the caller writes the file (and the images).
 */
export function exportMarkdown(input: ExportInput, images: ImageLink = webImage): MarkdownExport {
  const { article } = input;
  const sections = [frontMatter(article, input.entities), `# ${headingText(neutralizeBidi(article.title))}`];
  const lead = leadImage(article.figures ?? [], images);
  if (lead !== null) sections.push(lead);
  const articleNote = noteMarkdown(input.note.markdown);
  const articleTags = hashtags(article.tags);
  if (articleTags.length > 0) sections.push(articleTags.join(' '));
  if (articleNote !== '') sections.push('## Notes', articleNote);

  const anchored = input.highlights
    .filter((highlight) => highlight.anchor !== 'orphan')
    .sort(byDocumentOrder);
  const orphans = input.highlights
    .filter((highlight) => highlight.anchor === 'orphan')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  if (anchored.length > 0)
    sections.push('## Highlights', ...anchored.map((h) => highlightSection(h, input, images)));
  if (orphans.length > 0) {
    sections.push(
      '## Highlights no longer found in the article',
      '_These passages could not be found in the current text of the article._',
      ...orphans.map((h) => highlightSection(h, input, images)),
    );
  }
  return { fileName: exportFileName(article.title), markdown: `${sections.join('\n\n')}\n` };
}
