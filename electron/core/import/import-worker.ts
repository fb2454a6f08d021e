/** Worker entry: parses imported files and fetched pages off the main thread (a 5 MB text takes seconds). */
import { serveRequests } from '../workers/serve-requests';
import { parseFetchedPage } from './fetched-page';
import { parseArticleFile } from './parse-article-file';
import type { ImportRequest, ParsedArticle } from './types';

serveRequests<ImportRequest, ParsedArticle>((request) =>
  'html' in request ? parseFetchedPage(request) : parseArticleFile(request),
);
