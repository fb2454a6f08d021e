/**
 * Cold open in a fresh process: `open-probe <sharded|single> <path>` opens the library, lists
 * it (ready to show the library view), and prints {"ms", "peakRssMb"} as one JSON line.
 * Run bundled (plain node, no TypeScript loader) so its memory is the app's, not a compiler's.
 */
import { openSharded, openSingle } from './backends';

const [mode, target] = process.argv.slice(2);
if (!target || (mode !== 'sharded' && mode !== 'single'))
  throw new Error('usage: open-probe <sharded|single> <path>');
const started = performance.now();
const backend = mode === 'sharded' ? await openSharded(target) : await openSingle(target);
const listed = backend.list().length;
const ms = performance.now() - started;
await backend.close();
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms, peakRssMb, listed }));
