export { parseArticleFile } from './parse-article-file';
export { countWords } from './word-count';
export { MAX_IMPORT_BYTES, type ParsedArticle } from './types';
