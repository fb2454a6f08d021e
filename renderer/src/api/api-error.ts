import type { ApiError, ErrorCode } from '../../../electron/contract/errors';

/** A failed API call as the UI sees it: a code to branch on and a message for people. */
export class GlossApiError extends Error implements ApiError {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GlossApiError';
  }
}

// Shown when the core's own message is missing or could carry internals (never a stack trace).
const FALLBACK: Record<ErrorCode, string> = {
  'unknown-method': 'This version of Gloss does not know how to do that.',
  'invalid-params': 'Gloss could not do that: something about the request was not valid.',
  'not-found': 'That item no longer exists. It may have been deleted.',
  'too-large': 'That is larger than Gloss accepts.',
  'empty-file': 'That file is empty.',
  'unsupported-file': 'Gloss can only read plain text and Markdown files.',
  unreachable: 'Gloss could not reach that web site.',
  'fetch-failed': 'The web site answered with an error instead of the page.',
  'login-required': 'That web site asks you to sign in before it shows the page.',
  'newer-schema': 'This library was written by a newer version of Gloss. Please update Gloss.',
  locked: 'Another Gloss window is using this library. Close it and try again.',
  conflict: 'This note was changed in another window since you started editing it. Nothing was saved.',
  'storage-error': 'Gloss could not read or write your library on disk.',
  unauthorized: 'This page has lost its access key. Open Gloss again from the link it printed.',
  forbidden: 'Gloss refused this request because it did not come from Gloss itself.',
  'payload-too-large': 'That is too large to send to Gloss.',
  internal: 'Something went wrong inside Gloss.',
};

/** Plain words for an error of any kind; a message that looks like a stack trace is replaced. */
export function describeError(error: unknown): string {
  if (error instanceof GlossApiError) {
    const message = error.message.trim();
    if (message && !/\n\s+at |Error:/.test(message)) return message;
    return FALLBACK[error.code];
  }
  return 'Gloss could not reach its library. Check that Gloss is still running.';
}

/** Turn whatever came back into a GlossApiError. */
export function toGlossApiError(value: unknown): GlossApiError {
  if (value && typeof value === 'object' && 'code' in value && typeof value.code === 'string') {
    const code = (value.code in FALLBACK ? value.code : 'internal') as ErrorCode;
    const message = 'message' in value && typeof value.message === 'string' ? value.message : '';
    return new GlossApiError(code, message || FALLBACK[code]);
  }
  return new GlossApiError('internal', FALLBACK.internal);
}
