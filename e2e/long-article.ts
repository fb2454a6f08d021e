import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { root } from './launch';

/** A long article: the seed's body `copies` times over, each copy under its own heading ("Part N"). */
export async function longArticle(copies = 13): Promise<string> {
  const seed = await readFile(path.join(root, 'seeds', '000_7cf7d18d3802595e.txt'), 'utf8');
  const body = seed.slice(seed.indexOf('\n') + 1);
  const parts = Array.from({ length: copies }, (_, index) => `Part ${index + 1}\n\n${body}`);
  return `A long dossier on Russia and China\n\n${parts.join('\n\n')}`;
}
