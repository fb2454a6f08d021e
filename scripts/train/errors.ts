/**
 * `npx tsx scripts/train/errors.ts [set]`: the whole pipeline's errors on an evaluation set
 * (pud, gum, wikigold, redocred, probe), classified the way docs/entities.md counts them: right
 * span with the wrong type, wrong boundary, not found, and false names; with examples.
 */
import { detectEntities } from '../../electron/core/entities';
import { gumTest, isHeldOut, loadFile, pudNews, TRAIN_FILES } from './corpora';
import { docText, type TextDoc } from './doc-text';
import { newswireProbe } from './probe';
import type { Span } from './span-f1';

const GLOSS: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const which = process.argv[2] ?? 'pud';
const heldOut = (corpus: string) =>
  TRAIN_FILES.filter((f) => f.corpus === corpus).flatMap((f) =>
    loadFile(f).filter((d, i) => isHeldOut(d, i)),
  );
const docs: TextDoc[] = (
  which === 'pud'
    ? pudNews()
    : which === 'gum'
      ? gumTest(false)
      : which === 'probe'
        ? newswireProbe()
        : heldOut(which)
).map((d) => docText(d, which === 'probe'));

const kinds = new Map<string, string[]>();
const note = (kind: string, line: string) => kinds.set(kind, [...(kinds.get(kind) ?? []), line]);
for (const d of docs) {
  const gold = d.gold.filter((s) => ['PER', 'ORG', 'LOC'].includes(s.type));
  const pred: Span[] = detectEntities(d.text).mentions.flatMap((m) =>
    GLOSS[m.type] ? [{ start: m.start, end: m.end, type: GLOSS[m.type]! }] : [],
  );
  const text = (s: Span) => d.text.slice(s.start, s.end);
  const context = (s: Span) => d.text.slice(Math.max(0, s.start - 40), s.end + 40).replace(/\n/g, ' ');
  for (const g of gold) {
    if (pred.some((p) => p.start === g.start && p.end === g.end && p.type === g.type)) continue;
    const same = pred.find((p) => p.start === g.start && p.end === g.end);
    const overlap = pred.find((p) => p.start < g.end && p.end > g.start);
    if (same) note(`${g.type} read as ${same.type}`, `${text(g)}  |  ${context(g)}`);
    else if (overlap)
      note(`${g.type} boundary`, `${text(g)} -> ${text(overlap)} (${overlap.type})  |  ${context(g)}`);
    else note(`${g.type} missed`, `${text(g)}  |  ${context(g)}`);
  }
  for (const p of pred) {
    if (gold.some((g) => g.start < p.end && g.end > p.start)) continue;
    note(`false ${p.type}`, `${text(p)}  |  ${context(p)}`);
  }
}
for (const [kind, lines] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`\n## ${kind}: ${lines.length}`);
  for (const l of lines.slice(0, Number(process.env.SHOW ?? 25))) console.log(`  ${l}`);
}
