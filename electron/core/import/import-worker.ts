/** Worker entry: parses imported files off the main thread (a 5 MB text takes seconds). */
import { serveRequests } from '../workers/serve-requests';
import { parseArticleFile } from './parse-article-file';
import type { ParsedArticle } from './types';

serveRequests<{ name: string; bytes: Uint8Array }, ParsedArticle>((file) => parseArticleFile(file));
