import { GlossError } from '../errors';

/** Plain words for the I/O failures a user can do something about. */
const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'Gloss is not allowed to write there',
  EPERM: 'Gloss is not allowed to write there',
  EROFS: 'the disk is read-only',
  EIO: 'the disk reported an error',
  EMFILE: 'too many files are open',
};

/** A `storage-error` GlossError naming the file and, when known, the reason in plain words. */
export function storageError(action: 'save' | 'read', file: string, cause: unknown): GlossError {
  if (cause instanceof GlossError) return cause;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const reason = (code && REASONS[code]) ?? 'an unexpected file system error';
  const error = new GlossError('storage-error', `Gloss could not ${action} ${file}: ${reason}.`);
  error.cause = cause;
  return error;
}
