/**
 * `npm run --silent entities`: JSON Lines in ({"id","text","published"?}), one line out per input
 * ({"id","entities":[{"start","end","type","text","entityId"}]}), offsets in UTF-16 code units.
 * Same code path as the app. A bad line gets an error on stderr and the run goes on; the exit
 * code is 1 when any line failed.
 */
import { createInterface } from 'node:readline';
import { detectEntities } from '../core/entities';
import { parseRequestLine } from './entities-request';
import { isMainModule } from './is-main';

export async function runEntitiesCli(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  errors: NodeJS.WritableStream,
): Promise<number> {
  let failed = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    const request = parseRequestLine(line);
    if ('error' in request) {
      failed++;
      errors.write(`line ${lineNumber}: ${request.error}\n`);
      continue;
    }
    const { mentions } = detectEntities(request.text, { published: request.published });
    const entities = mentions.map(({ start, end, type, text, entityId }) => ({
      start,
      end,
      type,
      text,
      entityId,
    }));
    output.write(`${JSON.stringify({ id: request.id, entities })}\n`);
  }
  return failed ? 1 : 0;
}

if (isMainModule(import.meta.url)) {
  process.exitCode = await runEntitiesCli(process.stdin, process.stdout, process.stderr);
}
