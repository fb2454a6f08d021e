import { randomBytes } from 'node:crypto';

/** A new random id: 12 URL-safe characters (72 bits), valid everywhere ids are checked. */
export function newId(): string {
  return randomBytes(9).toString('base64url');
}

export function nowIso(): string {
  return new Date().toISOString();
}
