import type { Entity, EntityMention, Highlight, Note, Settings } from '../../contract/model';

/** The article fields an export needs. */
export interface ExportArticle {
  title: string;
  byline: string | null;
  source: string;
  publishedAt: string | null;
  addedAt: string;
  tags: string[];
  text: string;
}

/** Everything `exportMarkdown` turns into one Markdown file. */
export interface ExportInput {
  article: ExportArticle;
  /** The article's own note. */
  note: Note;
  /** Highlights, already anchored against `article.text`. */
  highlights: Highlight[];
  entities: Entity[];
  /** Entity mentions, to tag each highlight with the entities inside it. */
  mentions?: EntityMention[];
  settings: Pick<Settings, 'exportEntities'>;
}

export interface MarkdownExport {
  fileName: string;
  markdown: string;
}
