/** Worker entry: parses imported files and fetched pages off the main thread (a 5 MB text takes seconds). */
import { serveRequests } from '../workers/serve-requests';
import { parseFetchedPage } from './fetched-page';
import { extensionOf } from './file-name';
import { parseArticleFile } from './parse-article-file';
import { parsePdf } from './pdf/parse-pdf';
import type { ImportRequest, ParsedArticle } from './types';

serveRequests<ImportRequest, ParsedArticle>((request) =>
  'html' in request
    ? parseFetchedPage(request)
    : extensionOf(request.name) === 'pdf'
      ? parsePdf(request)
      : parseArticleFile(request),
);
