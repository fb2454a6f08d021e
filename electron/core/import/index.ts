export { parseArticleFile } from './parse-article-file';
export { countWords } from './assemble';
export { MAX_IMPORT_BYTES, type ParsedArticle } from './types';
