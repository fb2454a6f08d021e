import type { ApiError, ErrorCode } from '../contract/errors';

/** An error meant for the user: its code and message cross the API boundary as they are. */
export class GlossError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GlossError';
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message };
  }
}

/** Turn anything thrown into an ApiError; unexpected errors never leak their details. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof GlossError) return error.toApiError();
  return { code: 'internal', message: 'Something went wrong inside Gloss. The details are in the log.' };
}
