export { exportMarkdown } from './export-markdown';
export { exportFileName } from './file-name';
export { tagName } from './tags';
export type { ExportArticle, ExportFigure, ExportInput, ImageLink, MarkdownExport } from './types';
