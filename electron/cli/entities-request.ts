/** Validates one input line of the entities CLI. */

export interface EntitiesRequest {
  /** Echoed back as given. */
  id: string | number;
  text: string;
  published: string | null;
}

export function parseRequestLine(line: string): EntitiesRequest | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { error: 'expected a JSON object' };
  const { id, text, published } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return { error: '"id" must be a string' };
  if (typeof text !== 'string') return { error: `"text" must be a string (id ${JSON.stringify(id)})` };
  if (
    published !== undefined &&
    published !== null &&
    (typeof published !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(published))
  )
    return { error: `"published" must be a YYYY-MM-DD date (id ${JSON.stringify(id)})` };
  return { id, text, published: published ?? null };
}
