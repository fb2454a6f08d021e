/**
 * A generated library for the search benchmark: articles of ~800 words whose words follow
 * Zipf's law over a 40,000-word vocabulary (as news text does: a few words everywhere, most
 * words rare), with titles, bylines, sites, tags, entity names and 10 highlights per article.
 * Seeded, so every engine and every run sees the same text.
 */
import { seededRandom } from '../../electron/core/storage/test-helpers';

const SYLLABLES = 'ka lo mi ren sto va der pla nu tis gor be sha win tro el mar qui zen fo dal'.split(' ');
const VOCABULARY = 40_000;
export const TAGS = Array.from({ length: 40 }, (_, i) => `topic-${i}`);
const SITES = Array.from({ length: 60 }, (_, i) => `site${i}.example`);

export interface CorpusHighlight {
  id: string;
  quote: string;
  start: number;
  note: string;
  tags: string[];
}

export interface CorpusArticle {
  id: string;
  title: string;
  byline: string;
  siteName: string;
  publishedAt: string;
  tags: string[];
  text: string;
  note: string;
  entities: { name: string; type: 'person' | 'organization' | 'place'; aliases: string[] }[];
  highlights: CorpusHighlight[];
}

export class Corpus {
  readonly random: () => number;
  readonly words: string[];
  /** Cumulative Zipf weights over `words`. */
  readonly #cumulative: Float64Array;

  constructor(seed = 42) {
    this.random = seededRandom(seed);
    const seen = new Set<string>();
    this.words = [];
    while (this.words.length < VOCABULARY) {
      let word = '';
      const length = 2 + Math.floor(this.random() * 3);
      for (let i = 0; i < length; i++) word += this.pick(SYLLABLES);
      if (!seen.has(word)) {
        seen.add(word);
        this.words.push(word);
      }
    }
    this.#cumulative = new Float64Array(VOCABULARY);
    let sum = 0;
    for (let rank = 0; rank < VOCABULARY; rank++) this.#cumulative[rank] = sum += 1 / (rank + 1);
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  /** A word drawn by frequency (binary search over the cumulative weights). */
  word(): string {
    const target = this.random() * this.#cumulative[VOCABULARY - 1]!;
    let low = 0;
    let high = VOCABULARY - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.#cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return this.words[low]!;
  }

  sentence(): string {
    const words = Array.from({ length: 8 + Math.floor(this.random() * 14) }, () => this.word());
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  }

  name(): string {
    const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
    return `${cap(this.pick(this.words))} ${cap(this.pick(this.words))}`;
  }

  article(n: number, words = 800, highlights = 10): CorpusArticle {
    const paragraphs: string[] = [];
    let count = 0;
    while (count < words) {
      const paragraph = Array.from({ length: 3 + Math.floor(this.random() * 4) }, () => this.sentence()).join(
        ' ',
      );
      paragraphs.push(paragraph);
      count += paragraph.split(' ').length;
    }
    const text = paragraphs.join('\n\n');
    const entities = Array.from({ length: 6 }, () => {
      const name = this.name();
      return {
        name,
        type: this.pick(['person', 'organization', 'place'] as const),
        aliases: [name.split(' ')[1]!],
      };
    });
    return {
      id: `art${String(n).padStart(6, '0')}`,
      title: this.sentence().slice(0, 70),
      byline: this.name(),
      siteName: this.pick(SITES),
      publishedAt: new Date(Date.UTC(2020, 0, 1) + n * 8_640_000).toISOString(),
      tags: Array.from({ length: Math.floor(this.random() * 3) }, () => this.pick(TAGS)),
      text,
      note: this.random() < 0.3 ? this.sentence() : '',
      entities,
      highlights: Array.from({ length: highlights }, (_, i) => {
        const start = Math.floor(this.random() * (text.length - 200));
        const end = start + 20 + Math.floor(this.random() * 150);
        return {
          id: `h${n}-${i}`,
          quote: text.slice(start, end),
          start,
          note: this.random() < 0.5 ? this.sentence() : '',
          tags: this.random() < 0.3 ? [this.pick(TAGS)] : [],
        };
      }),
    };
  }

  library(articles: number): CorpusArticle[] {
    return Array.from({ length: articles }, (_, n) => this.article(n));
  }

  /**
   * Queries as a reader types them: a rare-ish word, two words, a word half typed (prefix), a
   * word with one letter wrong (typo), drawn from words that occur in the corpus.
   */
  queries(count: number): string[] {
    const midWord = () => this.words[200 + Math.floor(this.random() * 8000)]!;
    const makers = [
      () => midWord(),
      () => `${midWord()} ${midWord()}`,
      () => midWord().slice(0, 4),
      () => {
        let word = midWord();
        while (word.length < 6) word = midWord();
        const at = 1 + Math.floor(this.random() * (word.length - 2));
        return word.slice(0, at) + (word[at] === 'a' ? 'e' : 'a') + word.slice(at + 1);
      },
    ];
    return Array.from({ length: count }, (_, i) => makers[i % makers.length]!());
  }
}
