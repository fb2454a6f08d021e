/**
 * Split plain text into units: the paragraphs, lines and fragments the scrape heuristics judge
 * one by one. Blank lines always separate units. Inside a run of lines, a line break separates
 * units too (browsers copy one paragraph per line) unless the run is hard-wrapped prose.
 */

const BULLET = /^\s*(?:[-*•‣◦▪●–]|\d{1,3}[.)]|[a-z][.)])\s+/;
const QUOTED = /^\s*>\s?/;
const ENDS_SENTENCE = /[.!?:;…"”’)]\s*$/;

/** Collapse runs of spaces, trim. */
export function squash(text: string): string {
  return text.replace(/[ \t]+/g, ' ').trim();
}

/**
 * Hard-wrapped prose (an e-mail, a Project Gutenberg text): several lines of similar, long-ish
 * length that mostly do not end a sentence. Such lines are one paragraph, joined with spaces.
 */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2 || lines.some((line) => BULLET.test(line) || /^\s*>/.test(line))) return false;
  const body = lines.slice(0, -1);
  if (body.some((line) => line.length < 40 || line.length > 100)) return false;
  const sentenceEnds = body.filter((line) => ENDS_SENTENCE.test(line)).length;
  return sentenceEnds * 2 < body.length;
}

export function splitUnits(text: string): string[] {
  const units: string[] = [];
  for (const chunk of text.split(/\n[ \t]*\n+/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.trimEnd())
      .filter((line) => line.trim() !== '');
    if (isHardWrapped(lines)) {
      units.push(squash(lines.join(' ')));
      continue;
    }
    for (const [i, line] of lines.entries()) {
      // An e-mail style quotation ("> " on every line) is one quote, not one per line.
      const last = units[units.length - 1];
      if (i > 0 && QUOTED.test(line) && last !== undefined && QUOTED.test(last)) {
        units[units.length - 1] = squash(`${last} ${line.replace(QUOTED, '')}`);
      } else units.push(squash(line));
    }
  }
  return units.filter((unit) => unit !== '');
}
