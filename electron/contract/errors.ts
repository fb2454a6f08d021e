/**
 * Errors that cross the API boundary. A failed call answers `{ error: ApiError }`; the message
 * is meant for the user, in plain words, and never carries a stack trace.
 */
export type ErrorCode =
  /** The method does not exist. */
  | 'unknown-method'
  /** Params are missing, of the wrong type, or out of range. */
  | 'invalid-params'
  /** The article, highlight, backup or correction does not exist. */
  | 'not-found'
  /** A file or value is larger than Gloss accepts. */
  | 'too-large'
  /** An imported file is empty (or only whitespace). */
  | 'empty-file'
  /** An imported file is not text Gloss can read (binary, wrong type, bad encoding). */
  | 'unsupported-file'
  /** `import/url`: the host can't be reached (no such host, refused, timed out, untrusted certificate). */
  | 'unreachable'
  /** `import/url`: the site answered with an error (404, 500...) or too many redirects. */
  | 'fetch-failed'
  /** `import/url`: the site shows a sign-in form (or a 401) instead of the article. */
  | 'login-required'
  /** The library on disk is newer than this version of Gloss understands. */
  | 'newer-schema'
  /** Another Gloss process owns this data directory. */
  | 'locked'
  /**
   * A note edit started from a version that is no longer the stored one (another window or a
   * script saved it meanwhile): nothing changed; read the note again and keep, merge or retry.
   */
  | 'conflict'
  /** Reading or writing the library failed. */
  | 'storage-error'
  /** Browser mode only: missing or wrong token. */
  | 'unauthorized'
  /** Browser mode only: foreign Host or Origin. */
  | 'forbidden'
  /** Browser mode only: request body too large. */
  | 'payload-too-large'
  /** Anything unexpected. Details go to the log, not to the caller. */
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** The envelope both transports carry. */
export type RpcResponse<T = unknown> = { result: T } | { error: ApiError };
