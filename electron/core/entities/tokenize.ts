/**
 * Splits article text into tokens with UTF-16 offsets, the way the training corpora are
 * tokenised (Penn Treebank style: punctuation and clitics apart, hyphenated words and
 * abbreviations kept whole), and groups them into sentences.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words that keep their final period ("Mr.", "Jan.", "Corp."). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st mt ft jr sr gen col lt sgt capt cmdr adm gov sen rep pres rev fr hon messrs ' +
    'inc corp co ltd bros llc plc dept univ assn ave blvd rd no vs etc al approx ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);
const LEADING = new Set('"\'“‘([{«‹¿¡*'.split(''));
const TRAILING = new Set('"\'”’)]}»›.,;:!?…*'.split(''));
const CLITIC = /^(.+?)(['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)|n['’]t|N['’]T)$/;
const DASHES = /([—–]|--+)/;

function isAbbreviation(word: string): boolean {
  if (/^(?:\p{L}\.)+\p{L}?\.?$/u.test(word)) return true; // U.S., D.C., J.
  return ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());
}

function pushWord(out: Token[], text: string, start: number): void {
  const clitic = CLITIC.exec(text);
  if (clitic?.[1] && clitic[2] && /\p{L}/u.test(clitic[1])) {
    out.push({ text: clitic[1], start, end: start + clitic[1].length });
    const at = start + clitic[1].length;
    out.push({ text: clitic[2], start: at, end: at + clitic[2].length });
    return;
  }
  out.push({ text, start, end: start + text.length });
}

function splitChunk(out: Token[], chunk: string, offset: number): void {
  let lo = 0;
  let hi = chunk.length;
  const trailing: Token[] = [];
  while (lo < hi && LEADING.has(chunk[lo]!)) {
    out.push({ text: chunk[lo]!, start: offset + lo, end: offset + lo + 1 });
    lo++;
  }
  while (hi > lo && TRAILING.has(chunk[hi - 1]!)) {
    const ch = chunk[hi - 1]!;
    if (ch === '.' && hi - lo > 1 && isAbbreviation(chunk.slice(lo, hi))) break;
    // A possessive plural ("countries'") keeps nothing: the apostrophe is its own token.
    trailing.unshift({ text: ch, start: offset + hi - 1, end: offset + hi });
    hi--;
  }
  if (hi > lo) {
    const core = chunk.slice(lo, hi);
    const parts = core.split(DASHES);
    let at = offset + lo;
    for (const part of parts) {
      if (part) {
        if (DASHES.test(part)) out.push({ text: part, start: at, end: at + part.length });
        else splitInner(out, part, at);
      }
      at += part.length;
    }
  }
  out.push(...trailing);
}

/** Splits "word,word" and "Beijing:" style joins that survive the edge peeling. */
function splitInner(out: Token[], word: string, offset: number): void {
  const re = /[,;:!?"“”()[\]]/g;
  let last = 0;
  for (let m = re.exec(word); m; m = re.exec(word)) {
    // Keep digit groups ("1,000", "10:30") together.
    const before = word[m.index - 1] ?? '';
    const after = word[m.index + 1] ?? '';
    if ((m[0] === ',' || m[0] === ':') && /\d/.test(before) && /\d/.test(after)) continue;
    if (m.index > last) pushWord(out, word.slice(last, m.index), offset + last);
    out.push({ text: m[0], start: offset + m.index, end: offset + m.index + 1 });
    last = m.index + 1;
  }
  if (last < word.length) pushWord(out, word.slice(last), offset + last);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) splitChunk(out, m[0], m.index);
  return out;
}

const ENDERS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

/**
 * Groups tokens into sentences: [startIndex, endIndex) pairs. A line break is always a boundary
 * (blocks are joined by "\n\n"); so is a sentence-final mark followed by a capital or quote.
 */
export function sentences(text: string, tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let begin = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    let boundary = text.slice(tok.end, next.start).includes('\n');
    if (!boundary && ENDERS.has(tok.text)) {
      let j = i + 1;
      // A closing quote sits right after the mark; a quote after a space opens the next one.
      while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end)
        j++;
      if (j > i + 1) i = j - 1; // the closing quote belongs to this sentence
      const after = tokens[j];
      boundary = !after || /^[\p{Lu}\d"“‘'(]/u.test(after.text);
    }
    if (boundary) {
      out.push([begin, i + 1]);
      begin = i + 1;
    }
  }
  if (begin < tokens.length) out.push([begin, tokens.length]);
  return out;
}
