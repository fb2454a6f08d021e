/**
 * A plain Markdown serialisation of an article's notes, for timing "export one article" in the
 * storage benchmark only. The app's real exporter (YAML front matter, escaping) lives elsewhere;
 * what is measured here is mostly getting the data, which is what storage decides.
 */
import type { ArticleNotes } from '../../electron/core/storage/store';

export function notesMarkdown(
  title: string,
  source: string,
  tags: readonly string[],
  notes: ArticleNotes,
): string {
  const lines = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `source: ${JSON.stringify(source)}`,
    `tags: ${JSON.stringify(tags)}`,
    '---',
    '',
  ];
  if (notes.note.markdown) lines.push(notes.note.markdown, '');
  const ordered = [...notes.highlights].sort((a, b) => a.selector.position.start - b.selector.position.start);
  for (const highlight of ordered) {
    lines.push(...highlight.selector.quote.exact.split('\n').map((line) => `> ${line}`), '');
    if (highlight.note.markdown) lines.push(highlight.note.markdown, '');
    if (highlight.tags.length)
      lines.push(highlight.tags.map((tag) => `#${tag.replace(/\s+/g, '-')}`).join(' '), '');
  }
  return lines.join('\n');
}
