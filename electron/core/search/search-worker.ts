/** The search index on a worker thread: built, updated, queried and saved off the main thread. */
import { serveRequests } from '../workers/serve-requests';
import { readIndexFile, writeIndexFile } from './index-file';
import type { SearchRequest, SearchReply } from './search-protocol';
import { SearchIndex } from './search-index';

let index = new SearchIndex();
/** Saves run one after another (they share the temp file); searches and updates run between their slices. */
let saving: Promise<unknown> = Promise.resolve();

serveRequests<SearchRequest, SearchReply>((request) => {
  switch (request.kind) {
    case 'open':
      index = readIndexFile(request.file);
      return { kind: 'opened', stamps: index.stamps(), rules: index.rules };
    case 'put':
      for (const { document, facts, stamp } of request.items) index.put(document, facts, stamp);
      return { kind: 'done' };
    case 'remove':
      for (const id of request.ids) index.remove(id);
      return { kind: 'done' };
    case 'mentioning':
      return { kind: 'ids', ids: index.mentioning(request.names) };
    case 'query': {
      const { hits, total } = index.search(request.query, request.take);
      return { kind: 'hits', hits, total };
    }
    case 'save': {
      const { file, rules } = request;
      const saved = saving.then(() => writeIndexFile(file, index.snapshot(rules)));
      saving = saved.catch(() => undefined);
      return saved.then((bytes): SearchReply => ({ kind: 'saved', bytes }));
    }
  }
});
