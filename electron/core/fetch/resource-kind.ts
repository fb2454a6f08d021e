import { GlossError } from '../errors';
import type { FetchedResource } from './fetch-url';

/** What a fetched resource is to Gloss: a page to extract, a PDF, or a text file. */
export type ResourceKind = 'html' | 'pdf' | 'text' | 'markdown';

const BY_TYPE: Record<string, ResourceKind> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Servers that name no type, or a generic one, get the bytes looked at (as browsers sniff). */
function sniff(bytes: Uint8Array): ResourceKind | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('%pdf-')) return 'pdf';
  if (/^(?:\ufeff|ï»¿)?\s*(?:<!doctype html|<html|<head|<body|<!--)/.test(head)) return 'html';
  return null;
}

/**
 * The kind of a fetched resource, from its Content-Type (sniffed when absent or generic);
 * refuses (GlossError 'unsupported-file') images, feeds, JSON, archives and anything else that
 * is not a page, a PDF or text, naming what it got.
 */
export function resourceKind(resource: FetchedResource): ResourceKind {
  const type = mediaType(resource.contentType);
  const known = BY_TYPE[type];
  if (known) return known;
  if (type === '' || type === 'application/octet-stream' || type === 'binary/octet-stream') {
    const sniffed = sniff(resource.bytes);
    if (sniffed) return sniffed;
  }
  const host = new URL(resource.url).host;
  throw new GlossError(
    'unsupported-file',
    `The address at ${host} is not a web page (it sent ${type || 'data of no stated type'}). Gloss imports web pages, PDFs and text.`,
  );
}
