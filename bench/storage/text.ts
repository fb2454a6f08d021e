/** Made-up but text-like articles and notes for the storage benchmark (seeded, so repeatable). */
import type { Block } from '../../electron/contract/model';

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'sto',
  'va',
  'der',
  'pla',
  'nu',
  'tis',
  'gor',
  'be',
  'sha',
  'win',
  'tro',
];

export class TextMaker {
  readonly words: string[];

  constructor(readonly random: () => number) {
    this.words = Array.from({ length: 3000 }, () => {
      let word = '';
      const length = 1 + Math.floor(random() * 3);
      for (let i = 0; i < length; i++) word += this.pick(SYLLABLES);
      return word;
    });
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  sentence(): string {
    const length = 8 + Math.floor(this.random() * 14);
    const words = Array.from({ length }, () => this.pick(this.words));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  }

  /** An article of about `wordCount` words: a heading, then paragraphs, blocks joined by "\n\n". */
  article(wordCount: number): { text: string; blocks: Block[]; wordCount: number } {
    const blocks: Block[] = [];
    let text = '';
    let words = 0;
    const add = (kind: 'heading' | 'paragraph', content: string) => {
      if (text) text += '\n\n';
      const placed = { text: content, start: text.length, end: text.length + content.length };
      blocks.push(kind === 'heading' ? { ...placed, kind, level: 2 } : { ...placed, kind });
      text += content;
      words += content.split(' ').length;
    };
    add('heading', this.sentence().slice(0, -1));
    while (words < wordCount) {
      add(
        'paragraph',
        Array.from({ length: 3 + Math.floor(this.random() * 4) }, () => this.sentence()).join(' '),
      );
    }
    return { text, blocks, wordCount: words };
  }

  /** A note as the app stores it: Markdown and a Lexical-like editor state of the same text. */
  note(at: string) {
    const markdown = `${this.sentence()} **${this.pick(this.words)}** ${this.sentence()}`;
    const editorState = JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        children: [
          {
            type: 'paragraph',
            version: 1,
            children: [{ type: 'text', text: markdown, format: 0, version: 1 }],
          },
        ],
      },
    });
    return { markdown, editorState, updatedAt: at };
  }
}
