/**
 * Fetching from the web, once, at import: URL pages, PDFs and text (and later their images).
 * Nothing here runs when reading. `http(s)` only, bounded in time, redirects and size, no
 * cookies; every failure is a GlossError saying what happened in plain words.
 */
export { fetchUrl, parseWebUrl, FETCH_DEFAULTS, type FetchLimits, type FetchedResource } from './fetch-url';
export { decodePage } from './charset';
export { resourceKind, type ResourceKind } from './resource-kind';
export { isLoginPage } from './login-page';
export { loginRequired } from './fetch-errors';
