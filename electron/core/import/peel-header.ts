import { parseLeadingDate } from './dates';
import { AGENCY, BOILERPLATE_PREFIX, CREDIT_LABEL, SOCIAL } from './scrape-patterns';

/** What peeling found at the start of a unit, in order. */
export type HeaderSegment =
  | { kind: 'date'; iso: string; updated: boolean }
  | { kind: 'boilerplate'; text: string }
  | { kind: 'credit'; text: string }
  | { kind: 'caption'; text: string };

const LEADING_SEPARATORS = /^[\s|·•,;:\-–—]+/;
// Credit words: AGENCY NAMES in capitals, "(X)", "Name/Agency", "&".
const CREDIT_TOKEN = /^(?:\p{Lu}[\p{Lu}\d.&'-]+|\([^()]{1,30}\)|\S*\/\S*|&|and|via)$/u;

const MAX_CAPTION = 250;

function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s+["“‘\p{Lu}])/u.exec(text)?.[0] ?? text;
}

/** How many characters of `text` (after a credit label) are the credit itself. */
function creditLength(text: string): number {
  const tokens = [...text.matchAll(/\([^()]{1,30}\)|\S+/g)];
  let end = 0;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]![0];
    const creditish = CREDIT_TOKEN.test(word) || AGENCY.test(word.replace(/[.,;]$/, ''));
    // "John Smith/Getty Images": names are part of a credit when an agency or slash follows soon.
    const namesBeforeAgency = tokens
      .slice(i, i + 4)
      .some((token) => token[0].includes('/') || AGENCY.test(token[0]) || /^Getty$/i.test(token[0]));
    const isName = /^\p{Lu}\p{Ll}+$/u.test(word) && namesBeforeAgency;
    if (!creditish && !isName) break;
    end = tokens[i]!.index + word.length;
    if (/[.;]$/.test(word) && !/^\p{Lu}\.$/u.test(word)) break;
  }
  return end;
}

/**
 * Peel the furniture a scraped page glues before its article: a labelled date, share/follow
 * phrases, an image credit and the caption after it. Returns what was found and the rest of the
 * unit (the article text, if any). Scrapes run these together on one line, so this works on
 * fragments of a unit rather than on whole lines.
 */
export function peelHeader(unit: string): { segments: HeaderSegment[]; rest: string } {
  const segments: HeaderSegment[] = [];
  let rest = unit.trim();
  for (;;) {
    rest = rest.replace(LEADING_SEPARATORS, '');
    const date = parseLeadingDate(rest);
    if (date) {
      segments.push({ kind: 'date', iso: date.iso, updated: date.updated });
      rest = rest.slice(date.length);
      continue;
    }
    const boilerplate = BOILERPLATE_PREFIX.exec(rest);
    if (boilerplate) {
      let length = boilerplate[0].length;
      // "Follow us on Google News Twitter": the networks named after it are furniture too.
      for (let social = SOCIAL.exec(rest.slice(length).trimStart()); social;) {
        length = rest.length - rest.slice(length).trimStart().length + social[0].length;
        social = SOCIAL.exec(rest.slice(length).trimStart());
      }
      segments.push({ kind: 'boilerplate', text: rest.slice(0, length) });
      rest = rest.slice(length);
      continue;
    }
    const label = CREDIT_LABEL.exec(rest);
    if (label) {
      const after = rest.slice(label[0].length);
      const credit = creditLength(after);
      // A label followed by a sentence and no credit words ("Photo: Lavrov meets Xi.") is a caption.
      const end = credit > 0 ? label[0].length + credit : rest.length;
      segments.push({ kind: credit > 0 ? 'credit' : 'caption', text: rest.slice(0, end).trim() });
      rest = rest.slice(end).trim();
      if (rest !== '' && credit > 0) {
        // The caption runs to the end, unless the body follows it on the same line.
        const caption = rest.length <= MAX_CAPTION ? rest : firstSentence(rest);
        segments.push({ kind: 'caption', text: caption });
        rest = rest.slice(caption.length);
      }
      continue;
    }
    return { segments, rest: rest.trim() };
  }
}
