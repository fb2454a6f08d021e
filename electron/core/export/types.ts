import type {
  ArticleImage,
  Entity,
  EntityMention,
  Highlight,
  InlineMark,
  Note,
  Settings,
} from '../../contract/model';

/** A figure of the article: where its caption is in the text, and its image. */
export interface ExportFigure {
  /** Its block's position among the article's blocks (0 for the first). */
  blockIndex: number;
  start: number;
  end: number;
  image: ArticleImage;
}

/**
 * Where the exported Markdown finds an image: a link destination (a file beside it, a web
 * address), or null when the export cannot carry it (its alt text is noted instead).
 */
export type ImageLink = (image: ArticleImage) => string | null;

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
  /** The article's figures, in document order: the lead image and those inside highlights are shown. */
  figures?: readonly ExportFigure[];
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
