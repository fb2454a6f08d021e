import type { Entity, EntityMention, Highlight, InlineMark, Note, Settings } from '../../contract/model';

/** The article fields an export needs. */
export interface ExportArticle {
  title: string;
  byline: string | null;
  source: string;
  publishedAt: string | null;
  addedAt: string;
  tags: string[];
  text: string;
  /** The web page's address (canonical when stated), for web pages and URL imports. */
  url?: string | null;
  /** The site or publication that put it out. */
  siteName?: string | null;
  /** Inline formatting over `text`: quotes keep their links and emphasis. */
  marks?: readonly InlineMark[];
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
