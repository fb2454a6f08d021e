/**
 * Wire-service datelines added to training documents: "LONDON 2024-03-14" as a line of its own,
 * "AL-AIN , United Arab Emirates 1996-12-06", or "WASHINGTON ( Reuters ) - " before the first
 * sentence. The corpora have none, and a lone all-caps city before a date is otherwise
 * anyone's guess (measured on the newswire probe: datelines came out as people).
 */
import type { Doc, Sentence } from './read-iob';
import { pick, type NameBank } from './name-bank';

const AGENCIES = ['Reuters', 'AP', 'AFP', 'Reuters', 'Bloomberg', 'UPI'];
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

function tagged(words: string[], type: string | null): Sentence {
  return { words, tags: words.map((_, i) => (type ? `${i ? 'I' : 'B'}-${type}` : 'O')) };
}

function join(...parts: Sentence[]): Sentence {
  return { words: parts.flatMap((p) => p.words), tags: parts.flatMap((p) => p.tags) };
}

function isoDate(random: () => number): string {
  const y = 1990 + Math.floor(random() * 35);
  const m = 1 + Math.floor(random() * 12);
  const d = 1 + Math.floor(random() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A copy of `docs` where a share `rate` of documents starts with a dateline. */
export function withDatelines(docs: Doc[], bank: NameBank, random: () => number, rate: number): Doc[] {
  return docs.map((doc) => {
    if (random() >= rate || doc.sentences.length === 0) return doc;
    const city = tagged(
      pick(bank.cities, random).map((w) => w.toUpperCase()),
      'LOC',
    );
    const country = tagged(pick(bank.countries, random), 'LOC');
    const date = tagged([isoDate(random)], null);
    const form = random();
    const [first, ...rest] = doc.sentences;
    let sentences: Sentence[];
    if (form < 0.25) sentences = [join(city, date), first!, ...rest];
    // Running text where the dateline's line break was lost: "LONDON 2024-03-14 The pound ...".
    else if (form < 0.35) sentences = [join(city, date, stripText(first!)), ...rest];
    else if (form < 0.5) sentences = [join(city, tagged([','], null), country, date), first!, ...rest];
    else if (form < 0.85) {
      const agency = tagged(['(', pick(AGENCIES, random), ')', '-'], null);
      agency.tags[1] = 'B-ORG';
      sentences = [join(city, agency, stripText(first!)), ...rest];
    } else {
      const day = tagged([',', pick(MONTHS, random), String(1 + Math.floor(random() * 28)), '-'], null);
      sentences = [join(city, day, stripText(first!)), ...rest];
    }
    return { ...doc, sentences };
  });
}

/** The original sentence text no longer matches the tokens once a dateline is glued on. */
function stripText(s: Sentence): Sentence {
  return { words: s.words, tags: s.tags };
}
