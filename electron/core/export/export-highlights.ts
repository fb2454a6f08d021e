import type { NotebookEntry } from '../../contract/model';
import { neutralizeBidi } from '../text/bidi';
import { blockquote, headingText } from './escape-markdown';
import { noteMarkdown } from './export-markdown';
import { hashtags } from './tags';

/**
 * Highlights picked in the notebook as one Markdown file: a heading per article (in the order
 * the highlights come), then each highlight as in an article's export: its quote, its note and
 * a line of its tags.
 */
export function exportHighlights(
  entries: readonly NotebookEntry[],
  exportedAt: Date,
  /** Each quote as Markdown with the article's links and emphasis, by `articleId/id`. */
  quotes: ReadonlyMap<string, string> = new Map(),
): { fileName: string; markdown: string } {
  const byArticle = new Map<string, NotebookEntry[]>();
  for (const entry of entries)
    byArticle.set(entry.articleId, [...(byArticle.get(entry.articleId) ?? []), entry]);
  const sections = [
    `# Highlights`,
    `_${entries.length} ${entries.length === 1 ? 'highlight' : 'highlights'} from Gloss, ${exportedAt.toISOString().slice(0, 10)}._`,
  ];
  for (const group of byArticle.values()) {
    sections.push(`## ${headingText(neutralizeBidi(group[0]!.articleTitle))}`);
    for (const entry of group) {
      const parts = [quotes.get(`${entry.articleId}/${entry.id}`) ?? blockquote(entry.exact)];
      const note = noteMarkdown(entry.note.markdown);
      if (note !== '') parts.push(note);
      const tags = hashtags(entry.tags);
      if (tags.length > 0) parts.push(tags.join(' '));
      sections.push(parts.join('\n\n'));
    }
  }
  return {
    fileName: `Gloss highlights ${exportedAt.toISOString().slice(0, 10)}.md`,
    markdown: `${sections.join('\n\n')}\n`,
  };
}
