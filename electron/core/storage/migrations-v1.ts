/**
 * Version 1 -> 2: the rich article model. Entries gain `url`, `siteName`, `lang` and `format`;
 * article content gains inline `marks`; headings gain a `level` and list items `ordered` and
 * `depth`. Version 1 only had plain text and Markdown imports, flattened, so the defaults say
 * exactly what those articles were. Steps only reshape; the caller validates the result.
 */
import { IMPORT_FORMATS } from '../../contract/values';
import type { ImportFormat } from '../../contract/model';
import type { Migration } from './migrations';

type Raw = Record<string, unknown>;

const record = (value: unknown): Raw => (typeof value === 'object' && value !== null ? (value as Raw) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);

/** What a version-1 article was, from its file name: Markdown or plain text (all it could be). */
function formatOf(source: unknown): ImportFormat {
  const name = typeof source === 'string' ? source.toLowerCase() : '';
  return IMPORT_FORMATS.markdown.some((extension) => name.endsWith(extension)) ? 'markdown' : 'text';
}

function entry(raw: unknown): Raw {
  const fields = record(raw);
  return {
    ...fields,
    url: fields.url ?? null,
    siteName: fields.siteName ?? null,
    lang: fields.lang ?? null,
    format: fields.format ?? formatOf(fields.source),
  };
}

function block(raw: unknown): unknown {
  const fields = record(raw);
  // Version 1 kept one heading level: the section headings of a news page, below its title.
  if (fields.kind === 'heading') return { level: 2, ...fields };
  if (fields.kind === 'list-item') return { ordered: false, depth: 0, ...fields };
  return raw;
}

const index: Migration = (raw) => ({
  ...raw,
  articles: list(raw.articles).map((item) => {
    const indexed = record(item);
    return { ...indexed, entry: entry(indexed.entry) };
  }),
});

const content: Migration = (raw) => {
  const stored = record(raw.content);
  return {
    ...raw,
    entry: entry(raw.entry),
    content: { ...stored, blocks: list(stored.blocks).map(block), marks: list(stored.marks) },
  };
};

const notes: Migration = (raw) => ({ ...raw, entry: entry(raw.entry) });

const unchanged: Migration = (raw) => raw;

export const v1ToV2 = { index, content, notes, entities: unchanged, notices: unchanged };
