/** The search index on a worker thread: built, updated, queried and saved off the main thread. */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { serveRequests } from '../workers/serve-requests';
import type { SearchRequest, SearchReply } from './search-protocol';
import { SearchIndex, type SavedIndex } from './search-index';

let index = new SearchIndex();

function open(file: string): SearchIndex {
  if (!existsSync(file)) return new SearchIndex();
  try {
    return new SearchIndex(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as SavedIndex);
  } catch {
    // A damaged or foreign file is a cache: start empty, it is rebuilt and overwritten.
    return new SearchIndex();
  }
}

function save(file: string, rules: string): number {
  const data = gzipSync(JSON.stringify(index.save(rules)), { level: 6 });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
  return data.length;
}

serveRequests<SearchRequest, SearchReply>((request) => {
  switch (request.kind) {
    case 'open':
      index = open(request.file);
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
      const hits = index.search(request.query);
      return { kind: 'hits', hits: hits.slice(0, request.take), total: hits.length };
    }
    case 'save':
      return { kind: 'saved', bytes: save(request.file, request.rules) };
  }
});
