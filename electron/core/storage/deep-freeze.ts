/**
 * Freeze `value` and everything it holds, children first, so a frozen object's children are
 * frozen too and the walk stops there: freezing the notes again after a change freezes only the
 * objects the change made (the reducers share the rest, changes/reduce.ts).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
